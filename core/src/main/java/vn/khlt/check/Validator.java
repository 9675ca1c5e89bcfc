package vn.khlt.check;

import vn.khlt.facts.Fact;
import vn.khlt.facts.FactTable;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.read.Figure;
import vn.khlt.read.FigureSink;
import vn.khlt.read.ReadResult;

/**
 * Checks figures as they are read and keeps those that count. Each figure is checked on its
 * own (its year, whether the plan expects it, its numbers), then against the figures already
 * seen for the same association, unit, year and indicator; {@link #finish} runs the checks
 * that need every figure (year-on-year changes, completeness). docs/checks.md lists them all.
 */
public final class Validator implements FigureSink {

    private final Plan plan;
    private final ValidationOptions options;
    private final List<Issue> issues = new ArrayList<>();
    private final FactTable table;
    /** The years of the period that each file sent figures for, expected or not. */
    private final Map<String, BitSet> receivedYears = new HashMap<>();
    private long figures;
    private final Findings findings = this::add;
    /** What the previous figure needed looked up: figures come in runs. */
    private Indicator lastIndicator;
    private String lastFile = "";
    private BitSet lastYears;
    private String lastUnitCode = "";
    private Optional<ReportingUnit> lastUnit = Optional.empty();

    public Validator(Plan plan, ValidationOptions options) {
        this.plan = plan;
        this.options = options;
        this.table = new FactTable(plan);
    }

    @Override
    public void accept(Figure figure) {
        figures++;
        if (lastIndicator == null || !figure.indicator().equals(lastIndicator.code())) {
            lastIndicator = plan.indicator(figure.indicator()).orElseThrow();
        }
        Indicator indicator = lastIndicator;
        if (!plan.period().contains(figure.year())) {
            add(Finding.YEAR_OUTSIDE_PERIOD, figure.source(), Text.of(
                    "Năm %d nằm ngoài giai đoạn %s của kế hoạch: kiểm tra lại năm báo cáo",
                    "The year %d is outside the plan's period %s: check the report's year")
                    .format(figure.year(), plan.period()));
            return;
        }
        if (figure.missing()) {
            return; // a blank is not a submission, and never a zero
        }
        String file = figure.source().file();
        if (!file.equals(lastFile)) {
            lastFile = file;
            lastYears = receivedYears.computeIfAbsent(file, f -> new BitSet());
        }
        lastYears.set(figure.year() - plan.period().from());
        if (!expected(indicator, figure)) {
            return;
        }
        long address = table.address(figure.owner(), figure.unit(), figure.year(), figure.indicator());
        boolean sound = ValueChecks.check(indicator, figure, findings).isPresent();
        FactTable.Receipt receipt = table.receive(address, indicator.isRate() ? figure.numerator() : figure.value(),
                indicator.isRate() ? figure.denominator() : Optional.empty(), figure.source(),
                figure.denominatorSource(), sound);
        if (receipt == FactTable.Receipt.REPEATED || receipt == FactTable.Receipt.CONFLICTING) {
            duplicate(receipt, table.first(address), figure);
        }
    }

    @Override
    public void discard(String file) {
        table.discard(file);
        receivedYears.remove(file);
        lastFile = "";
    }

    /**
     * The facts kept so far. Once the inputs are read the table is whole, and {@link #finish}
     * only reads it, so it may be rolled up on another thread meanwhile.
     */
    public FactTable facts() {
        return table;
    }

    /** Runs the checks that need every figure, and gives the outcome. */
    public Validation finish(ReadResult read) {
        TrendChecks.check(plan, table, options.jumpFactor(), this::add);
        int latestReceived = receivedYears.values().stream().mapToInt(b -> b.length() - 1).max().orElse(-1);
        Optional<Integer> latest = options.throughYear().or(() -> Optional.of(plan.period().from() + latestReceived)
                .filter(y -> latestReceived >= 0));
        List<Completeness> completeness = CompletenessCheck.check(plan, table, latest, options, this::add);
        List<Issue> all = new ArrayList<>(read.issues());
        all.addAll(issues);
        return new Validation(plan.id(), read.files(), IssueOrder.sort(all, read.files()), table, completeness,
                read.figures());
    }

    /** Whether the plan expects this figure from its association and at its unit's level. */
    private boolean expected(Indicator indicator, Figure figure) {
        Optional<String> association = figure.association();
        if (association.isPresent() && !indicator.reportedBy().contains(association.get())) {
            add(Finding.NOT_EXPECTED, figure.source(), Text.of(
                    "Kế hoạch không giao chỉ tiêu %s cho %s nên số liệu này không được tính",
                    "The plan does not expect %s from %s, so this figure is not counted")
                    .format(indicator.code(), association.get()));
            return false;
        }
        if (!figure.unit().equals(lastUnitCode)) {
            lastUnitCode = figure.unit();
            lastUnit = plan.unit(lastUnitCode);
        }
        Optional<ReportingUnit> unit = lastUnit;
        if (indicator.reportedAt().isPresent() && unit.isPresent() && unit.get().level() != indicator.reportedAt().get()) {
            Text level = indicator.reportedAt().get().label();
            add(Finding.NOT_EXPECTED, figure.source(), Text.of(
                    "Chỉ tiêu %s chỉ do đơn vị cấp " + level.vi() + " báo cáo, không phải %s, nên số liệu này không được tính",
                    "%s is reported by units at " + level.en() + " level only, not by %s, so this figure is not counted")
                    .format(indicator.code(), unit.get().name().vi()));
            return false;
        }
        return true;
    }

    /** A second sound figure for a key: a copy, or a conflict that keeps both out. */
    private void duplicate(FactTable.Receipt receipt, Fact kept, Figure figure) {
        Figure firstFigure = new Figure(figure.association(), figure.unit(), figure.year(), figure.indicator(),
                kept.value(), kept.numerator(), kept.denominator(), kept.sources().get(0),
                kept.sources().stream().skip(1).findFirst());
        Location first = firstFigure.source();
        if (receipt == FactTable.Receipt.REPEATED) {
            add(Finding.DUPLICATE, figure.source(), Text.of(
                    String.format("Số liệu này đã có ở %s với cùng giá trị; chỉ tính một lần. Xóa bản trùng",
                            first.describe(Lang.VI)),
                    String.format("This figure is also given at %s with the same value; it counts once. Remove the copy",
                            first.describe(Lang.EN))));
            return;
        }
        add(Finding.CONFLICTING_DUPLICATE, figure.source(), Text.of(
                String.format("Số liệu %s này khác với số đã báo cáo ở %s (%s so với %s); cả hai không được tính cho đến khi "
                        + "thống nhất một số", figure.indicator(), first.describe(Lang.VI), display(figure, Lang.VI),
                        display(firstFigure, Lang.VI)),
                String.format("This %s figure differs from the one given at %s (%s against %s); neither counts until "
                        + "they agree", figure.indicator(), first.describe(Lang.EN), display(figure, Lang.EN),
                        display(firstFigure, Lang.EN))));
    }

    static String display(Figure f, Lang lang) {
        if (f.value().isPresent()) {
            return Numbers.format(f.value().get(), 6, lang);
        }
        return f.numerator().map(n -> Numbers.format(n, 6, lang)).orElse("?") + "/"
                + f.denominator().map(d -> Numbers.format(d, 6, lang)).orElse("?");
    }

    private void add(Finding finding, Location location, Text message) {
        issues.add(new Issue(finding, location, message));
    }

    /** Receives an issue found by a check. */
    interface Findings {
        void add(Finding finding, Location location, Text message);
    }

    static boolean isCount(Indicator indicator) {
        return indicator.measure() != Measure.RATE;
    }
}
