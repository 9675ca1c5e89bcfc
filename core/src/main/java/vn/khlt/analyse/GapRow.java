package vn.khlt.analyse;

import java.math.BigDecimal;
import java.util.Optional;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Target;

/**
 * How far one target stands, for one scope, as of a year. Figures of rates are percentages;
 * {@code gap} is what is still missing to reach the target (negative once it is passed; for a
 * ceiling such as CT02's "below 4 %", how far the level must still fall).
 *
 * @param scope        an association's code, {@code joint} or {@code province}
 * @param thisYear     the as-of year's own figure (for a flow, that year's flow)
 * @param actual       the figure held against the target: to date for a cumulative target,
 *                     the level for a level, the year's flow for an every-year target, the
 *                     number of units that met it for a per-unit target
 * @param reachedIn    the year the target was reached, or at the current pace will be, within
 *                     a few years of the deadline
 * @param note         what a reader needs besides the numbers ("đạt 3/4 năm; không đạt: 2018")
 * @param coverage     who of those expected gave the figures the row is made of
 * @param figures      the status the counted figures give on their own; differs from
 *                     {@code status} only when coverage is incomplete
 */
public record GapRow(Indicator indicator, Target target, String scope, int asOf, BigDecimal targetValue,
        Optional<BigDecimal> thisYear, Optional<BigDecimal> actual, Optional<BigDecimal> expectedByNow,
        Optional<BigDecimal> gap, Optional<BigDecimal> percent, Status status,
        Optional<BigDecimal> requiredAnnualPace, Optional<BigDecimal> actualAnnualPace,
        Optional<BigDecimal> projectedEnd, Optional<Integer> reachedIn, vn.khlt.i18n.Text note,
        vn.khlt.facts.Coverage coverage, Status figures) {

    /** True when the figures are percentages. */
    public boolean inPercent() {
        return indicator.measure() != vn.khlt.plan.Measure.COUNT || target.perUnit();
    }

    /** A scope as a reader names it: an association's code, {@code liên tịch} (joint), {@code toàn tỉnh} (province). */
    public static vn.khlt.i18n.Text scopeLabel(String scope) {
        return switch (scope) {
            case "joint" -> vn.khlt.i18n.Text.of("liên tịch", "joint");
            case "province" -> vn.khlt.i18n.Text.of("toàn tỉnh", "province");
            default -> vn.khlt.i18n.Text.same(scope);
        };
    }

    /**
     * The row's note with what coverage adds: the status the counted figures give on their own
     * when they are not all there, and who is missing ("thiếu: HND: Ba Tri (chưa gửi báo cáo)").
     */
    public vn.khlt.i18n.Text remarks(vn.khlt.plan.Plan plan) {
        java.util.List<String> vi = new java.util.ArrayList<>();
        java.util.List<String> en = new java.util.ArrayList<>();
        if (!note.vi().isEmpty()) {
            vi.add(note.vi());
            en.add(note.en());
        }
        if (status == Status.INCOMPLETE) {
            vi.add("theo số đã có: " + figures.label().vi());
            en.add("as the figures stand: " + figures.label().en());
        }
        if (!coverage.complete() && status != Status.NOT_APPLICABLE) {
            vi.add("thiếu " + coverage.who(plan).vi());
            en.add("missing " + coverage.who(plan).en());
        }
        return vn.khlt.i18n.Text.of(String.join("; ", vi), String.join("; ", en));
    }
}
