package vn.khlt.check;

import vn.khlt.finding.Finding;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Period;
import vn.khlt.read.Figure;

/** A figure for a year outside the plan's period is left out ({@code year-outside-period}). */
final class PeriodCheck implements Check {

    private final Period period;

    PeriodCheck(Period period) {
        this.period = period;
    }

    @Override
    public Verdict figure(Indicator indicator, Figure figure, Findings findings) {
        if (period.contains(figure.year())) {
            return Verdict.PASS;
        }
        findings.add(Finding.YEAR_OUTSIDE_PERIOD, figure.source(), Text.of(
                "Năm %d nằm ngoài giai đoạn %s của kế hoạch: kiểm tra lại năm báo cáo",
                "The year %d is outside the plan's period %s: check the report's year")
                .format(figure.year(), period));
        return Verdict.LEFT_OUT;
    }
}
