package vn.khlt.check;

import vn.khlt.facts.FactKey;
import vn.khlt.facts.FactTable;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.UnitLevel;

/**
 * Which figures the plan expects and nobody sent: for each association (and the province's
 * context figures) and each year from the period's start to the latest year of the data,
 * every indicator it reports at every unit that reports it.
 */
final class CompletenessCheck implements Check {

    private final Plan plan;
    private final ValidationOptions options;
    /** The last year expected: as asked, else the latest year any file sent figures for. */
    private final Supplier<Optional<Integer>> latest;
    private final List<Completeness> rows = new ArrayList<>();

    CompletenessCheck(Plan plan, ValidationOptions options, Supplier<Optional<Integer>> latest) {
        this.plan = plan;
        this.options = options;
        this.latest = latest;
    }

    /** Who sent what, by association and year, once the table is whole. */
    List<Completeness> rows() {
        return List.copyOf(rows);
    }

    @Override
    public void end(FactTable table, Findings findings) {
        Optional<Integer> latest = options.throughYear().or(this.latest);
        if (latest.isEmpty()) {
            return;
        }
        List<String> owners = new ArrayList<>(plan.associations().stream().map(Association::code).toList());
        owners.add(FactKey.PROVINCE);
        for (String owner : owners) {
            for (int year = plan.period().from(); year <= latest.get(); year++) {
                int expected = 0;
                int got = 0;
                int valid = 0;
                for (Indicator indicator : plan.indicators()) {
                    if (!reports(indicator, owner)) {
                        continue;
                    }
                    List<ReportingUnit> units = units(plan, indicator);
                    for (int u = 0; u < units.size(); u++) {
                        FactTable.Standing standing = table.standing(owner, units.get(u).code(), year, indicator.code());
                        expected++;
                        if (standing != FactTable.Standing.NOTHING) {
                            got++;
                        } else if (options.listMissing()) {
                            findings.add(Finding.NOT_SUBMITTED, Location.file(""), Text.of(
                                    "Chưa có số liệu: %s, %s, năm %d, %s",
                                    "Not submitted: %s, %s, %d, %s").format(owner, units.get(u).name().vi(), year, indicator.code()));
                        }
                        if (standing == FactTable.Standing.COUNTS) {
                            valid++;
                        }
                    }
                }
                if (expected > 0) {
                    rows.add(new Completeness(owner, year, expected, got, valid));
                }
            }
        }
    }

    private static boolean reports(Indicator indicator, String owner) {
        return owner.equals(FactKey.PROVINCE) ? indicator.provincial() : indicator.reportedBy().contains(owner);
    }

    /** The units expected to report an indicator: those of its level, the province for its own figures, else all. */
    private static List<ReportingUnit> units(Plan plan, Indicator indicator) {
        if (indicator.reportedAt().isPresent()) {
            return plan.units(indicator.reportedAt().get());
        }
        if (indicator.provincial()) {
            return plan.units(UnitLevel.PROVINCE);
        }
        return plan.units();
    }
}
