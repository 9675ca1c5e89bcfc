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
 * Checks figures as they are read and keeps those that count. Each figure goes through the
 * same checks, in order ({@link Check}: its year, whether the plan expects it, its numbers),
 * then against the figures already kept for the same association, unit, year and indicator (a
 * copy, or a conflict); {@link #finish} runs what needs every figure (year-on-year changes,
 * completeness). docs/checks.md lists every finding.
 */
public final class Validator implements FigureSink {

    private final Plan plan;
    private final List<Issue> issues = new ArrayList<>();
    private final Findings findings = (finding, location, message) -> issues.add(new Issue(finding, location, message));
    private final FactTable table;
    /** A figure's year must be the plan's before anything else is said of it, even a blank one. */
    private final Check period;
    /** The checks of each figure that was given, in order; the first to leave it out ends its checks. */
    private final List<Check> figureChecks;
    private final CompletenessCheck completeness;
    /** The checks of the whole table, once every figure is read. */
    private final List<Check> tableChecks;
    /** The years of the period that each file sent figures for, expected or not. */
    private final Map<String, BitSet> receivedYears = new HashMap<>();
    /** What the previous figure needed looked up: figures come in runs. */
    private Indicator lastIndicator;
    private String lastFile = "";
    private BitSet lastYears;

    public Validator(Plan plan, ValidationOptions options) {
        this.plan = plan;
        this.table = new FactTable(plan);
        this.period = new PeriodCheck(plan.period());
        this.figureChecks = List.of(new ExpectedCheck(plan), new NumbersCheck());
        this.completeness = new CompletenessCheck(plan, options, this::latestReceived);
        this.tableChecks = List.of(new TrendCheck(options.jumpFactor()), completeness);
    }

    @Override
    public void accept(Figure figure) {
        if (lastIndicator == null || !figure.indicator().equals(lastIndicator.code())) {
            lastIndicator = plan.indicator(figure.indicator()).orElseThrow();
        }
        Indicator indicator = lastIndicator;
        if (period.figure(indicator, figure, findings) == Check.Verdict.LEFT_OUT) {
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
        boolean sound = true;
        for (Check check : figureChecks) {
            Check.Verdict verdict = check.figure(indicator, figure, findings);
            if (verdict == Check.Verdict.LEFT_OUT) {
                return;
            }
            sound &= verdict == Check.Verdict.PASS;
        }
        long address = table.address(figure.owner(), figure.unit(), figure.year(), figure.indicator());
        FactTable.Receipt receipt = table.receive(address, indicator.isRate() ? figure.numerator() : figure.value(),
                indicator.isRate() ? figure.denominator() : Optional.empty(), figure.source(),
                figure.denominatorSource(), sound);
        if (receipt == FactTable.Receipt.FIRST || receipt == FactTable.Receipt.IGNORED) {
            return;
        }
        Fact kept = table.first(address);
        if (receipt == FactTable.Receipt.REPEATED && sameSheet(kept.sources().get(0), figure.source())) {
            table.conflict(address);
            repeatedOnSheet(kept.sources().get(0), figure);
        } else {
            duplicate(receipt, kept, figure);
        }
    }

    @Override
    public void discard(String file) {
        table.discard(file);
        receivedYears.remove(file);
        lastFile = "";
    }

    /** The facts kept so far; once the inputs are read, the whole table. */
    public FactTable facts() {
        return table;
    }

    /** Runs the checks that need every figure, and gives the outcome. */
    public Validation finish(ReadResult read) {
        for (Check check : tableChecks) {
            check.end(table, findings);
        }
        List<Issue> all = new ArrayList<>(read.issues());
        all.addAll(issues);
        return new Validation(plan.id(), read.files(), IssueOrder.sort(all, read.files()), table, completeness.rows(),
                read.figures());
    }

    /** The latest year any file sent figures for, expected or not. */
    private Optional<Integer> latestReceived() {
        int latest = receivedYears.values().stream().mapToInt(b -> b.length() - 1).max().orElse(-1);
        return latest < 0 ? Optional.empty() : Optional.of(plan.period().from() + latest);
    }

    /** Whether two figures come from two rows of one sheet (or one CSV file). */
    private static boolean sameSheet(Location first, Location second) {
        return first.file().equals(second.file()) && first.sheet().equals(second.sheet()) && first.row() != second.row();
    }

    /**
     * The same figure on two rows of one sheet ("Ba Tri" under "I. Các xã điểm" and again under "II.
     * Các xã còn lại", or a row copied): a copy, or two parts of the unit's figure, which cannot be
     * told; neither counts. A copy in another file (a report sent twice) counts once.
     */
    private void repeatedOnSheet(Location first, Figure figure) {
        findings.add(Finding.CONFLICTING_DUPLICATE, figure.source(), Text.of(
                String.format("Số liệu %s của đơn vị này có ở hai dòng của cùng một bảng (%s và %s, cùng một số): không rõ là"
                        + " dòng chép trùng hay hai phần của số (chẳng hạn dưới hai mục khác nhau), nên không được tính. Giữ"
                        + " một dòng cho mỗi đơn vị, ghi số cả năm của đơn vị", figure.indicator(), first.cell(), figure.source().cell()),
                String.format("This unit's %s figure is on two rows of the same table (%s and %s, the same number): a copied row"
                        + " or two parts of the figure (under two sections, say) cannot be told apart, so it does not count. Keep"
                        + " one row for each unit, with the unit's whole figure", figure.indicator(), first.cell(), figure.source().cell())));
    }

    /** A second sound figure for a key: a copy, or a conflict that keeps both out. */
    private void duplicate(FactTable.Receipt receipt, Fact kept, Figure figure) {
        Figure firstFigure = new Figure(figure.association(), figure.unit(), figure.year(), figure.indicator(),
                kept.value(), kept.numerator(), kept.denominator(), kept.sources().get(0),
                kept.sources().stream().skip(1).findFirst());
        Location first = firstFigure.source();
        if (receipt == FactTable.Receipt.REPEATED) {
            findings.add(Finding.DUPLICATE, figure.source(), Text.of(
                    String.format("Số liệu này đã có ở %s với cùng giá trị; chỉ tính một lần. Xóa bản trùng",
                            first.describe(Lang.VI)),
                    String.format("This figure is also given at %s with the same value; it counts once. Remove the copy",
                            first.describe(Lang.EN))));
            return;
        }
        if (receipt == FactTable.Receipt.REPEATED_IN_CONFLICT) {
            // the same numbers, in a key already in conflict (two rows of one sheet, or another file's other number)
            findings.add(Finding.CONFLICTING_DUPLICATE, figure.source(), Text.of(
                    String.format("Số liệu %s này (%s) bằng số đã báo cáo ở %s, nhưng số liệu này của đơn vị đã không được tính"
                            + " vì có chỗ khác ghi trùng hay khác số (xem các lỗi conflicting-duplicate khác của %s): không số"
                            + " nào được tính cho đến khi chỉ còn một số", figure.indicator(), display(figure, Lang.VI),
                            first.describe(Lang.VI), figure.indicator()),
                    String.format("This %s figure (%s) equals the one given at %s, but this unit's figure already does not count,"
                            + " being given again or differently elsewhere (see the other conflicting-duplicate findings of"
                            + " %s): none counts until one figure is left", figure.indicator(), display(figure, Lang.EN),
                            first.describe(Lang.EN), figure.indicator())));
            return;
        }
        findings.add(Finding.CONFLICTING_DUPLICATE, figure.source(), Text.of(
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
}
