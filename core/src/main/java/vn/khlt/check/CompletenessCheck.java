package vn.khlt.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
final class CompletenessCheck {

    private CompletenessCheck() {
    }

    static List<Completeness> check(Plan plan, Map<FactKey, Fact> facts, Map<FactKey, String> received,
            ValidationOptions options, Validator.Findings findings) {
        Optional<Integer> latest = options.throughYear().or(() -> Stream.concat(facts.keySet().stream(), received.keySet().stream())
                .map(FactKey::year).filter(plan.period()::contains).max(Integer::compare));
        List<Completeness> rows = new ArrayList<>();
        if (latest.isEmpty()) {
            return rows;
        }
        java.util.Set<FactKey> counted = new java.util.HashSet<>(facts.keySet()); // hashing beats the sorted map's compares
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
                    for (ReportingUnit unit : units(plan, indicator)) {
                        FactKey key = new FactKey(owner, unit.code(), year, indicator.code());
                        expected++;
                        if (received.containsKey(key)) {
                            got++;
                        } else if (options.listMissing()) {
                            findings.add("not-submitted", Severity.NOTE, Location.file(""), Text.of(
                                    "Chưa có số liệu: %s, %s, năm %d, %s",
                                    "Not submitted: %s, %s, %d, %s").format(owner, unit.name().vi(), year, indicator.code()));
                        }
                        if (counted.contains(key)) {
                            valid++;
                        }
                    }
                }
                if (expected > 0) {
                    rows.add(new Completeness(owner, year, expected, got, valid));
                }
            }
        }
        return rows;
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
