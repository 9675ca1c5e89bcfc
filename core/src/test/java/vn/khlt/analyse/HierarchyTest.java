package vn.khlt.analyse;

import vn.khlt.facts.Consolidation;
import vn.khlt.facts.Total;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.check.Validator;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.InvalidPlanException;
import vn.khlt.plan.Plan;
import vn.khlt.plan.PlanCheck;
import vn.khlt.plan.PlanLoader;
import vn.khlt.plan.UnitLevel;
import vn.khlt.read.ReadOptions;

/**
 * A plan whose units (nation → 2 provinces → 2 districts each → 2 communes each) live in a
 * units file, with figures sent by communes and one district: totals, roll-ups to a detail
 * level, narrowing to a unit, and sums beyond an int.
 */
class HierarchyTest {

    static final String PLAN = """
            id: tiny-national
            title: {vi: Kế hoạch thử, en: Test plan}
            period: {from: 2016, to: 2018}
            associations:
              - {code: HLHPN, lead: true, name: {vi: Hội Phụ nữ, en: Women's Union}}
              - {code: HND, name: {vi: Hội Nông dân, en: Farmers' Union}}
            units: don-vi.csv
            indicators:
              - code: CT08
                name: {vi: Hộ được hỗ trợ, en: Households supported}
                unit: {vi: hộ, en: households}
                measure: count
                nature: flow
                targets:
                  - {kind: cumulative-at-least, value: 100, scope: joint}
              - code: CT11
                name: {vi: Hộ có nhà tiêu, en: Households with a latrine}
                unit: {vi: hộ, en: households}
                measure: rate
                nature: stock
                numerator: {vi: Số hộ có, en: With}
                denominator: {vi: Tổng số hộ, en: All}
                reportedAt: commune
                targets:
                  - {kind: at-least, value: 80, deadline: 2018, scope: joint}
              - code: CT13
                name: {vi: Xã có tổ hợp tác, en: Communes with a cooperative group}
                unit: {vi: xã, en: communes}
                measure: yes-no
                nature: stock
                reportedAt: commune
                targets:
                  - {kind: at-least, value: 100, deadline: 2018, scope: joint}
            """;

    static final String UNITS = """
            code,level,parent,name,name_en,aliases
            VN,nation,,Toàn quốc,Nationwide,
            P1,province,VN,Tỉnh Một,Province One,
            P2,province,VN,Tỉnh Hai,Province Two,
            P1-D1,district,P1,Huyện Một Một,District 1.1,
            P1-D2,district,P1,Huyện Một Hai,District 1.2,
            P2-D1,district,P2,Huyện Hai Một,District 2.1,
            P2-D2,district,P2,Huyện Hai Hai,District 2.2,
            P1-D1-C1,commune,P1-D1,Xã 111,Commune 111,
            P1-D1-C2,commune,P1-D1,Xã 112,Commune 112,
            P1-D2-C1,commune,P1-D2,Xã 121,Commune 121,
            P1-D2-C2,commune,P1-D2,Xã 122,Commune 122,
            P2-D1-C1,commune,P2-D1,Xã 211,Commune 211,
            P2-D1-C2,commune,P2-D1,Xã 212,Commune 212,
            P2-D2-C1,commune,P2-D2,Xã 221,Commune 221,
            P2-D2-C2,commune,P2-D2,Xã 222,Commune 222,
            """;

    @TempDir
    Path dir;

    private Plan plan() throws InvalidPlanException {
        return PlanLoader.load("plan.yaml", PLAN, name -> name.equals("don-vi.csv") ? UNITS : fail(name));
    }

    private static String fail(String name) throws java.nio.file.NoSuchFileException {
        throw new java.nio.file.NoSuchFileException(name);
    }

    /** Every commune: CT08 = 10 × province + commune number; CT11 = 3/4; and the district P1-D1 adds 7 of its own. */
    private Validation figures(Plan plan, String extra) throws IOException {
        StringBuilder csv = new StringBuilder("association,unit,year,indicator,value,numerator,denominator\n");
        for (String unit : List.of("P1-D1-C1", "P1-D1-C2", "P1-D2-C1", "P1-D2-C2", "P2-D1-C1", "P2-D1-C2", "P2-D2-C1", "P2-D2-C2")) {
            int value = 10 * (unit.charAt(1) - '0') + (unit.charAt(7) - '0');
            csv.append("HLHPN,").append(unit).append(",2017,CT08,").append(value).append(",,\n");
            csv.append("HLHPN,").append(unit).append(",2017,CT11,,3,4\n");
        }
        csv.append("HLHPN,P1-D1,2017,CT08,7,,\n").append(extra);
        Files.writeString(dir.resolve("so-lieu.csv"), csv, StandardCharsets.UTF_8);
        return new vn.khlt.pipeline.Pipeline(plan).validate(List.of(dir), ReadOptions.none(), ValidationOptions.defaults());
    }

    @Test
    void unitsComeFromTheFileThePlanNames() throws Exception {
        Plan plan = plan();
        assertThat(plan.units()).hasSize(15);
        assertThat(plan.unit("P2-D1-C2").orElseThrow().parent()).contains("P2-D1");
        assertThat(plan.unitNames().find("Xã 212").orElseThrow().code()).isEqualTo("P2-D1-C2");
    }

    @Test
    void aProblemInTheUnitsFileNamesItsLine() {
        PlanCheck check = PlanLoader.check("plans/plan.yaml", PLAN,
                name -> UNITS.replace("P2-D2-C2,commune,P2-D2", "P2-D2-C2,commune,P9-D9").replace("P1,province", "P1,provinz"));
        assertThat(check.problems()).extracting(p -> p.describe("plans/plan.yaml", vn.khlt.i18n.Lang.EN).replaceAll(": \\[", " [")
                .replaceAll("\\] .*", "]"))
                .containsExactly(Path.of("plans/don-vi.csv") + ":3 [plan-bad-value]",
                        Path.of("plans/don-vi.csv") + ":16 [plan-unknown-unit]");
    }

    @Test
    void aMissingUnitsFileIsAProblemOfThePlan() {
        PlanCheck check = PlanLoader.check("plan.yaml", PLAN, HierarchyTest::fail);
        assertThat(check.problems()).extracting(p -> p.code() + "@" + p.line() + p.file())
                .contains("plan-units-file@7");
    }

    @Test
    void aUnitsFileThatIsNotUtf8SaysHowToSaveIt() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, PLAN, StandardCharsets.UTF_8);
        Files.write(dir.resolve("don-vi.csv"), UNITS.getBytes(java.nio.charset.Charset.forName("windows-1258")));
        PlanCheck check = PlanLoader.check(plan.toString(), PLAN,
                name -> Files.readString(plan.resolveSibling(name), StandardCharsets.UTF_8));
        assertThat(check.problems()).extracting(p -> p.code() + " " + p.message().en())
                .containsExactly("plan-units-file Units file 'don-vi.csv' is not UTF-8 text: open it in Excel and save it as CSV UTF-8");
    }

    @Test
    void totalsAddEveryUnitOnce() throws Exception {
        Plan plan = plan();
        Validation validation = figures(plan, "");
        assertThat(validation.issues()).isEmpty();
        Consolidation data = new Consolidation(plan, validation.facts());
        Indicator ct08 = plan.indicator("CT08").orElseThrow();
        Indicator ct11 = plan.indicator("CT11").orElseThrow();
        // communes: (11+12+11+12) + (21+22+21+22) = 132, and the district's own 7
        assertThat(data.year(ct08, List.of("HLHPN"), 2017).orElseThrow().numerator()).isEqualByComparingTo("139");
        Total rate = data.year(ct11, List.of("HLHPN"), 2017).orElseThrow();
        assertThat(rate.numerator()).isEqualByComparingTo("24");
        assertThat(rate.denominator()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("32"));
        assertThat(data.detail()).isEqualTo(UnitLevel.COMMUNE); // 8 communes: few enough to list
    }

    @Test
    void aListedUnitStandsForTheUnitsBelowTheDetailLevel() throws Exception {
        Plan plan = plan();
        Validation validation = figures(plan, "");
        Consolidation data = new Consolidation(plan, validation.facts(), Optional.empty(), Optional.of(UnitLevel.PROVINCE));
        Indicator ct08 = plan.indicator("CT08").orElseThrow();
        Indicator ct11 = plan.indicator("CT11").orElseThrow();
        assertThat(data.listed(ct08)).extracting(u -> u.code()).containsExactly("VN", "P1", "P2");
        assertThat(data.listed(ct11)).extracting(u -> u.code()).containsExactly("P1", "P2"); // reported by communes
        assertThat(data.rolled(ct08, "HLHPN", "P1", 2017).orElseThrow().numerator()).isEqualByComparingTo("53"); // 46 + 7
        assertThat(data.rolled(ct08, "HLHPN", "P2", 2017).orElseThrow().numerator()).isEqualByComparingTo("86");
        assertThat(data.rolled(ct11, "HLHPN", "P2", 2017).orElseThrow().value()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("75"));
        assertThat(data.rollsUp("P1")).isTrue();
        assertThat(data.rollsUp("VN")).isFalse();
        List<String> lines = data.lines().stream()
                .map(l -> l.key().indicator() + " " + l.key().unit() + " " + l.value().or(l::numerator).orElseThrow().toPlainString()
                        + " (" + l.facts() + ")")
                .collect(Collectors.toList());
        assertThat(lines).containsExactly("CT08 P1 53 (5)", "CT08 P2 86 (4)", "CT11 P1 12 (4)", "CT11 P2 12 (4)");
    }

    @Test
    void aListedUnitsYesNoIsTheShareOfItsCommunesThatSaidYes() throws Exception {
        Plan plan = plan();
        // three of P1's four communes say yes; P2's communes do not answer
        Validation validation = figures(plan, "HLHPN,P1-D1-C1,2017,CT13,1,,\nHLHPN,P1-D1-C2,2017,CT13,1,,\n"
                + "HLHPN,P1-D2-C1,2017,CT13,1,,\nHLHPN,P1-D2-C2,2017,CT13,0,,\n");
        assertThat(validation.issues()).isEmpty();
        Consolidation data = new Consolidation(plan, validation.facts(), Optional.empty(), Optional.of(UnitLevel.PROVINCE));
        Indicator ct13 = plan.indicator("CT13").orElseThrow();
        assertThat(data.rolled(ct13, "HLHPN", "P1", 2017).orElseThrow().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75"));
        assertThat(data.rolled(ct13, "HLHPN", "P2", 2017)).isEmpty();
        // nationally: 3 of the 8 communes
        assertThat(data.year(ct13, List.of("HLHPN"), 2017).orElseThrow().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("37.5"));
    }

    @Test
    void askingForOneUnitCountsItAndTheUnitsUnderIt() throws Exception {
        Plan plan = plan();
        Validation validation = figures(plan, "");
        Consolidation data = new Consolidation(plan, validation.facts(), Optional.of("P1-D1"), Optional.empty());
        Indicator ct08 = plan.indicator("CT08").orElseThrow();
        assertThat(data.year(ct08, List.of("HLHPN"), 2017).orElseThrow().numerator()).isEqualByComparingTo("30"); // 11 + 12 + 7
        assertThat(data.expectedUnits(plan.indicator("CT11").orElseThrow())).extracting(u -> u.code())
                .containsExactly("P1-D1-C1", "P1-D1-C2");
        assertThat(data.unit(ct08, "HLHPN", "P2-D1-C1", 2017)).isEmpty();
        assertThat(data.reportingYear()).contains(2017);
    }

    @Test
    void sumsStayExactBeyondWhatAnIntHolds() throws Exception {
        Plan plan = plan();
        Validation validation = figures(plan, "HND,P1-D1-C1,2017,CT08,3000000000,,\nHND,P1-D1-C2,2017,CT08,9223372036854775807,,\n");
        assertThat(validation.issues()).isEmpty();
        Consolidation data = new Consolidation(plan, validation.facts());
        assertThat(data.year(plan.indicator("CT08").orElseThrow(), List.of("HND"), 2017).orElseThrow().numerator())
                .isEqualByComparingTo(new BigDecimal("9223372036854775807").add(new BigDecimal("3000000000")));
    }
}
