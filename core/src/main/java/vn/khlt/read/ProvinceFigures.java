package vn.khlt.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.UnitLevel;

/**
 * In a long table, the figures of the province itself ({@code Tỉnh Bến Tre | CT08 | 18}), held
 * until the table ends and held there against the sum of its districts' figures in the table,
 * as a wide table's row of the province is held against the rows above it: equal to it, a figure
 * is their total (said, never counted: counted, every district's figure would count twice); above
 * it under a name of the whole province ("Tỉnh", "Tỉnh Bến Tre", not "Cấp tỉnh"), it may be a
 * total with districts not listed, and is refused; else it is the province's own. A figure of a
 * province without a district's figure beside it is the province's own.
 */
final class ProvinceFigures {

    /** Whose figures are summed: the association, the province, the year and the indicator. */
    private record Key(Optional<String> association, String province, int year, String indicator) {
    }

    /** A province's figure, held, and whether its row named the province's own level ("Cấp tỉnh", "Tỉnh hội"). */
    private record Held(Figure figure, boolean ownLevel, String name) {
    }

    private final Plan plan;
    private final List<Issue> issues;
    /** Passes a figure on, to be counted. */
    private final Consumer<Figure> pass;
    private final List<Held> held = new ArrayList<>();
    /** By province, the sums of its districts' figures: value, numerator, denominator. */
    private final Map<Key, BigDecimal[]> sums = new HashMap<>();
    /** By unit's code: {@link #PROVINCE} for a province, its province's code for a unit right under one, else empty. */
    private final Map<String, String> provinceOf = new HashMap<>();
    private static final String PROVINCE = "=";
    /** The last unit looked up, and what it is: a long table names the same unit on row after row. */
    private String lastUnit;
    private String lastProvince = "";

    ProvinceFigures(Plan plan, List<Issue> issues, Consumer<Figure> pass) {
        this.plan = plan;
        this.issues = issues;
        this.pass = pass;
    }

    /** A long table's figure, its row's unit's cell as shown: a province's is held, any other passed on. */
    void take(Figure figure, String unitText) {
        String province = provinceOf(figure.unit());
        if (province.equals(PROVINCE)) {
            held.add(new Held(figure, Clues.ownLevel(Names.key(unitText)), unitText));
            return;
        }
        if (!province.isEmpty()) {
            BigDecimal[] sum = sums.computeIfAbsent(new Key(figure.association(), province, figure.year(), figure.indicator()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(figure.value().orElse(BigDecimal.ZERO));
            sum[1] = sum[1].add(figure.numerator().orElse(BigDecimal.ZERO));
            sum[2] = sum[2].add(figure.denominator().orElse(BigDecimal.ZERO));
        }
        pass.accept(figure);
    }

    /** The table ends: each province's figure held is settled against its districts' sum. */
    void end() {
        for (Held one : held) {
            Figure figure = one.figure();
            BigDecimal[] sum = sums.get(new Key(figure.association(), figure.unit(), figure.year(), figure.indicator()));
            int against = sum == null ? -1 : against(figure, sum); // no district beside it: its own
            if (against == 0) {
                issues.add(new Issue(Finding.PROVINCE_TOTAL, figure.source(), Text.of(
                        "Dòng '%s' ghi %s bằng tổng các huyện ở các dòng khác của bảng: dòng tổng, không tính là số của cấp tỉnh",
                        "The row '%s' gives %s equal to the sum of the districts in the table's other rows: their total,"
                                + " not counted as the province's own").format(Header.shorten(one.name()), figure.indicator())));
            } else if (against > 0 && !one.ownLevel()) {
                issues.add(new Issue(Finding.PROVINCE_ROW_UNCLEAR, figure.source(), Text.of(
                        "Dòng '%s' ghi cả tỉnh, và số %s của dòng lớn hơn tổng các huyện ở các dòng khác của bảng: không rõ là"
                                + " dòng tổng (có huyện không có dòng ở đây) hay số của riêng cấp tỉnh, nên không tính. Nếu là"
                                + " dòng tổng, ghi 'Tổng cộng'; nếu là số của cấp tỉnh, ghi 'Cấp tỉnh'",
                        "The row '%s' names the whole province, and its %s is above the sum of the districts in the table's"
                                + " other rows: a total (with districts that have no row here) or the province's own figure; it"
                                + " is not counted. If it is a total, head it 'Tổng cộng'; if it is the province's own, 'Cấp"
                                + " tỉnh'").format(Header.shorten(one.name()), figure.indicator())));
            } else {
                pass.accept(figure);
            }
        }
        held.clear();
        sums.clear();
    }

    /**
     * The figure against its districts' sum: 0 equal (a zero sum says nothing), above 0 when a number is above it,
     * below 0 else. A rate's numerator and denominator are held against theirs.
     */
    private static int against(Figure figure, BigDecimal[] sum) {
        if (figure.value().isPresent()) {
            return sum[0].signum() == 0 ? -1 : figure.value().get().compareTo(sum[0]);
        }
        if (figure.numerator().isEmpty() || figure.denominator().isEmpty() || sum[2].signum() == 0) {
            return -1;
        }
        int numerator = figure.numerator().get().compareTo(sum[1]);
        int denominator = figure.denominator().get().compareTo(sum[2]);
        return numerator == 0 && denominator == 0 ? 0 : numerator > 0 || denominator > 0 ? 1 : -1;
    }

    private String provinceOf(String unit) {
        if (unit.equals(lastUnit)) {
            return lastProvince;
        }
        String province = provinceOf.get(unit);
        if (province == null) {
            Optional<ReportingUnit> found = plan.unit(unit);
            province = found.isEmpty() ? ""
                    : found.get().level() == UnitLevel.PROVINCE ? PROVINCE
                    : found.get().parent().flatMap(plan::unit).filter(p -> p.level() == UnitLevel.PROVINCE)
                            .map(ReportingUnit::code).orElse("");
            if (provinceOf.size() < 100_000) {
                provinceOf.put(unit, province);
            }
        }
        lastUnit = unit;
        lastProvince = province;
        return province;
    }
}
