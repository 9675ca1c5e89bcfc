package vn.khlt.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Plan;

/**
 * Who of those the plan expects gave a figure that counts, for an indicator, some owners and
 * some years: every consolidated figure carries it, so that a sum of six districts of nine is
 * never read as the province's. A figure missing is never zero: it was not sent (no return
 * from that unit that year), left blank in a return that was sent, or sent and refused.
 *
 * @param expected the figures expected: owners × units expected × years
 * @param missing  the expected figures that do not count, each with why
 * @param owners   the owners expected, and of them those with at least one figure that counts
 */
public record Coverage(int expected, List<Missing> missing, List<String> owners, List<String> ownersReporting,
        int years) {

    public Coverage {
        missing = List.copyOf(missing);
        owners = List.copyOf(owners);
        ownersReporting = List.copyOf(ownersReporting);
    }

    /** Why an expected figure does not count. */
    public enum Why {
        /** The unit sent no return for that owner and year. */
        NO_RETURN("no_return", Text.of("chưa gửi báo cáo", "no return")),
        /** The unit's return has no figure for the indicator. */
        BLANK("blank", Text.of("để trống", "left blank")),
        /** The figure was sent and refused by a check. */
        REFUSED("refused", Text.of("số liệu lỗi", "in error"));

        private final String key;
        private final Text label;

        Why(String key, Text label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public Text label() {
            return label;
        }
    }

    /** How many missing places a note names for an owner before it counts the rest. */
    static final int LISTED = 8;

    /** An expected figure that does not count. */
    public record Missing(String owner, String unit, int year, Why why) {
    }

    public int reported() {
        return expected - missing.size();
    }

    /** Every expected figure counts. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** "9/10 đơn vị", "38/40 đơn vị-năm", with ", 3/4 hội" when several associations are expected. */
    public Text share() {
        String vi = vi(reported()) + "/" + vi(expected) + (years > 1 ? " đơn vị-năm" : " đơn vị");
        String en = String.format("%,d/%,d", reported(), expected) + (years > 1 ? " unit-years" : " units");
        if (owners.size() > 1) {
            vi += ", " + ownersReporting.size() + "/" + owners.size() + " hội";
            en += ", " + ownersReporting.size() + "/" + owners.size() + " associations";
        }
        return Text.of(vi, en);
    }

    /** A count as Vietnamese writes it: 38.808. */
    private static String vi(int count) {
        return String.format(java.util.Locale.ROOT, "%,d", count).replace(',', '.');
    }

    /**
     * Who is missing, by owner: an owner missing everywhere once ("HCCB: cả 10 đơn vị, chưa gửi
     * báo cáo"), else its units and years with why ("HND: Ba Tri 2018 (chưa gửi báo cáo)").
     */
    public Text who(Plan plan) {
        if (missing.isEmpty()) {
            return Text.same("");
        }
        Map<String, List<Missing>> byOwner = new LinkedHashMap<>();
        missing.forEach(m -> byOwner.computeIfAbsent(m.owner(), o -> new ArrayList<>()).add(m));
        int perOwner = expected / Math.max(1, owners.size());
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        byOwner.forEach((owner, list) -> {
            String name = owner.equals(FactKey.PROVINCE) ? "" : owner + ": ";
            if (list.size() == perOwner && perOwner > 1 && list.stream().allMatch(m -> m.why() == list.get(0).why())) {
                vi.add(name + "cả " + perOwner + (years > 1 ? " đơn vị-năm, " : " đơn vị, ") + list.get(0).why().label().vi());
                en.add(name + "all " + perOwner + (years > 1 ? " unit-years, " : " units, ") + list.get(0).why().label().en());
                return;
            }
            List<String> partsVi = new ArrayList<>();
            List<String> partsEn = new ArrayList<>();
            int perYear = perOwner / Math.max(1, years);
            Map<Integer, List<Missing>> byYear = new LinkedHashMap<>();
            List<Missing> rest = new ArrayList<>();
            list.forEach(m -> byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m));
            byYear.forEach((year, inYear) -> {
                if (years > 1 && perYear > 1 && inYear.size() == perYear
                        && inYear.stream().allMatch(m -> m.why() == inYear.get(0).why())) {
                    partsVi.add("năm " + year + " (cả " + perYear + " đơn vị, " + inYear.get(0).why().label().vi() + ")");
                    partsEn.add(year + " (all " + perYear + " units, " + inYear.get(0).why().label().en() + ")");
                    return;
                }
                rest.addAll(inYear);
            });
            // a unit missing in several years once: "Huyện Ba Tri 2017, 2018 (chưa gửi báo cáo)"
            Map<String, List<Missing>> byUnit = new LinkedHashMap<>();
            rest.forEach(m -> byUnit.computeIfAbsent(m.unit() + "\u0000" + m.why(), k -> new ArrayList<>()).add(m));
            byUnit.values().forEach(same -> {
                Missing m = same.get(0);
                String unitVi = plan.unit(m.unit()).map(u -> u.name().vi()).orElse(m.unit());
                String unitEn = plan.unit(m.unit()).map(u -> u.name().en()).orElse(m.unit());
                String when = years <= 1 ? "" : " " + same.stream().map(x -> String.valueOf(x.year()))
                        .collect(java.util.stream.Collectors.joining(", "));
                partsVi.add(unitVi + when + " (" + m.why().label().vi() + ")");
                partsEn.add(unitEn + when + " (" + m.why().label().en() + ")");
            });
            if (partsVi.size() > LISTED + 2) { // a long list named in part, and counted: the JSON holds every one
                int more = partsVi.size() - LISTED;
                partsVi.subList(LISTED, partsVi.size()).clear();
                partsEn.subList(LISTED, partsEn.size()).clear();
                partsVi.add("và " + more + " chỗ khác");
                partsEn.add("and " + more + " more");
            }
            vi.add(name + String.join(", ", partsVi));
            en.add(name + String.join(", ", partsEn));
        });
        return Text.of(String.join("; ", vi), String.join("; ", en));
    }
}
