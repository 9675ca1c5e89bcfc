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
 * @param reachedIn    the year the target is (or at the current pace will be) reached
 * @param note         what a reader needs besides the numbers ("4 of 9 districts")
 */
public record GapRow(Indicator indicator, Target target, String scope, int asOf, BigDecimal targetValue,
        Optional<BigDecimal> thisYear, Optional<BigDecimal> actual, Optional<BigDecimal> expectedByNow,
        Optional<BigDecimal> gap, Optional<BigDecimal> percent, Status status,
        Optional<BigDecimal> requiredAnnualPace, Optional<BigDecimal> actualAnnualPace,
        Optional<BigDecimal> projectedEnd, Optional<Integer> reachedIn, String note) {

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
}
