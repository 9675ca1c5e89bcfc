package vn.khlt.cli;

import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;

/** What the command line names, found in the plan; a name or year the plan does not have is bad usage. */
final class PlanNames {

    private PlanNames() {
    }

    static Association association(Plan plan, String name) {
        return plan.associationNames().find(name).orElseThrow(() -> CannotRunException.usage(Text.of(
                "--association: không có đoàn thể '%s' (có: %s)", "--association: no association '%s' (known: %s)")
                .format(name, String.join(", ", plan.associations().stream().map(Association::code).toList()))));
    }

    static ReportingUnit unit(Plan plan, String name) {
        return plan.unitNames().find(name).orElseThrow(() -> CannotRunException.usage(Text.of(
                "--unit: không nhận ra đơn vị '%s' (có: %s)", "--unit: unknown unit '%s' (known: %s)")
                .format(name, String.join(", ", plan.units().stream().map(u -> u.name().vi()).toList()))));
    }

    /** The year, when it lies in the plan's period. */
    static int year(Plan plan, int year, String option) {
        if (!plan.period().contains(year)) {
            throw CannotRunException.usage(Text.of(option + ": năm %d nằm ngoài giai đoạn %s của kế hoạch",
                    option + ": %d is outside the plan's period %s").format(year, plan.period()));
        }
        return year;
    }
}
