package vn.khlt.check;

import vn.khlt.facts.Fact;
import vn.khlt.facts.FactTable;
import vn.khlt.finding.Finding;
import java.math.BigDecimal;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Nature;
import vn.khlt.plan.Plan;
import vn.khlt.plan.Target;

/**
 * Year-on-year changes worth a second look: a flow that jumps or falls by more than a factor
 * from the previous year (a typing slip, a cumulative figure sent as a year's), a stock that
 * falls where the plan wants it to rise. Warnings: the figures still count.
 */
final class TrendCheck implements Check {

    private final BigDecimal factor;
    /** The count at or under which, both years, a change is no jump. */
    private static final BigDecimal SMALL = BigDecimal.TEN;

    TrendCheck(BigDecimal factor) {
        this.factor = factor;
    }

    @Override
    public void end(FactTable table, Findings findings) {
        table.forEachYearPair(indicator -> flow(indicator) || indicator.nature() == Nature.STOCK && rising(indicator),
                (indicator, pair) -> compare(indicator, pair, factor, findings));
    }

    private static boolean flow(Indicator indicator) {
        return indicator.nature() == Nature.FLOW && indicator.measure() == Measure.COUNT;
    }

    /** The two years' numbers, for every pair; the facts themselves only for a pair worth a finding. */
    private static void compare(Indicator indicator, FactTable.YearPair pair, BigDecimal factor, Findings findings) {
        if (flow(indicator)) {
            BigDecimal a = pair.amount(false);
            BigDecimal b = pair.amount(true);
            // small counts move by more than the factor as a matter of course (one house, then none): no finding
            boolean small = a.max(b).compareTo(SMALL) <= 0;
            boolean jump = !small && a.signum() > 0 && (b.compareTo(a.multiply(factor)) > 0 || b.multiply(factor).compareTo(a) < 0);
            if (jump) {
                Fact now = pair.now();
                findings.add(Finding.FLOW_JUMP, now.sources().get(0), Text.of(
                        String.format("%s năm %d là %s, năm trước %s: thay đổi hơn %s lần. Kiểm tra lại (có thể đã ghi số cộng dồn thay vì số trong năm)",
                                indicator.code(), now.key().year(), n(b, Lang.VI), n(a, Lang.VI), n(factor, Lang.VI)),
                        String.format("%s is %s in %d against %s the year before: a change of more than %s times. Check it (a cumulative figure given instead of the year's?)",
                                indicator.code(), n(b, Lang.EN), now.key().year(), n(a, Lang.EN), n(factor, Lang.EN))));
            }
            return;
        }
        if (indicator.nature() == Nature.STOCK && rising(indicator)) {
            boolean fell;
            if (indicator.measure() == Measure.RATE) {
                fell = pair.rateFell();
            } else {
                fell = pair.amount(true).compareTo(pair.amount(false)) < 0;
            }
            if (fell) {
                Fact before = pair.before();
                Fact now = pair.now();
                findings.add(Finding.STOCK_FALL, now.sources().get(0), Text.of(
                        String.format("%s năm %d thấp hơn năm trước (%s so với %s) dù là mức tích lũy: kiểm tra lại",
                                indicator.code(), now.key().year(), level(now, Lang.VI), level(before, Lang.VI)),
                        String.format("%s in %d is below the year before (%s against %s) though it is a level that should hold: check it",
                                indicator.code(), now.key().year(), level(now, Lang.EN), level(before, Lang.EN))));
            }
        }
    }

    /** A stock whose targets ask it to reach a level from below: it should not fall. */
    private static boolean rising(Indicator indicator) {
        return indicator.targets().stream().allMatch(t -> !(t instanceof Target.Level level)
                || level.comparison() == Target.Comparison.AT_LEAST || level.comparison() == Target.Comparison.ABOVE);
    }

    private static String level(Fact fact, Lang lang) {
        return fact.percent().map(p -> Numbers.format(p, 1, lang) + "%").orElse(n(fact.amount(), lang));
    }

    private static String n(BigDecimal value, Lang lang) {
        return Numbers.format(value, 2, lang);
    }
}
