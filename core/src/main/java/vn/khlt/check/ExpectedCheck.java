package vn.khlt.check;

import java.util.Optional;
import vn.khlt.finding.Finding;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.read.Figure;

/**
 * A figure the plan does not expect, from that association or from a unit of that level, is
 * left out ({@code not-expected}).
 */
final class ExpectedCheck implements Check {

    private final Plan plan;
    /** The unit looked up last: figures come in runs of the same unit. */
    private String lastUnitCode = "";
    private Optional<ReportingUnit> lastUnit = Optional.empty();

    ExpectedCheck(Plan plan) {
        this.plan = plan;
    }

    @Override
    public Verdict figure(Indicator indicator, Figure figure, Findings findings) {
        Optional<String> association = figure.association();
        if (association.isPresent() && !indicator.reportedBy().contains(association.get())) {
            findings.add(Finding.NOT_EXPECTED, figure.source(), Text.of(
                    "Kế hoạch không giao chỉ tiêu %s cho %s nên số liệu này không được tính",
                    "The plan does not expect %s from %s, so this figure is not counted")
                    .format(indicator.code(), association.get()));
            return Verdict.LEFT_OUT;
        }
        if (!figure.unit().equals(lastUnitCode)) {
            lastUnitCode = figure.unit();
            lastUnit = plan.unit(lastUnitCode);
        }
        Optional<ReportingUnit> unit = lastUnit;
        if (indicator.reportedAt().isPresent() && unit.isPresent() && unit.get().level() != indicator.reportedAt().get()) {
            Text level = indicator.reportedAt().get().label();
            findings.add(Finding.NOT_EXPECTED, figure.source(), Text.of(
                    "Chỉ tiêu %s chỉ do đơn vị cấp " + level.vi() + " báo cáo, không phải %s, nên số liệu này không được tính",
                    "%s is reported by units at " + level.en() + " level only, not by %s, so this figure is not counted")
                    .format(indicator.code(), unit.get().name().vi()));
            return Verdict.LEFT_OUT;
        }
        return Verdict.PASS;
    }
}
