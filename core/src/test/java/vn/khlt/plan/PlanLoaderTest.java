package vn.khlt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khlt.i18n.Lang;

/** Each problem a plan file can have, found with its line. */
class PlanLoaderTest {

    /** A small valid plan; tests break one thing in it at a time. Line numbers are counted from here. */
    private static final String VALID = """
            id: test-plan
            title: {vi: Kế hoạch thử, en: Test plan}
            period: {from: 2016, to: 2020}
            associations:
              - {code: HLHPN, lead: true, name: {vi: Hội Phụ nữ, en: Women's Union}}
              - {code: HND, name: {vi: Hội Nông dân, en: Farmers' Association}, aliases: [Nông dân]}
            units:
              - {code: TINH, level: province, name: {vi: Cấp tỉnh, en: Province}}
              - {code: BA-TRI, level: district, parent: TINH, name: {vi: Huyện Ba Tri, en: Ba Tri}}
            indicators:
              - code: CT08
                name: {vi: Hộ đăng ký, en: Households registered}
                unit: {vi: hộ, en: households}
                measure: count
                nature: flow
                targets:
                  - {kind: cumulative-at-least, value: 5560, scope: HND}
              - code: CT11
                name: {vi: Nhà tiêu hợp vệ sinh, en: Hygienic latrines}
                unit: {vi: gia đình, en: families}
                measure: rate
                nature: stock
                numerator: {vi: Có nhà tiêu, en: With a latrine}
                denominator: {vi: Tổng số, en: All}
                targets:
                  - kind: milestones
                    scope: each
                    milestones: {2016: 60, 2020: 70}
            """;

    @Test
    void loadsAValidPlan() throws InvalidPlanException {
        Plan plan = PlanLoader.load("test.yaml", VALID);
        assertThat(plan.id()).isEqualTo("test-plan");
        assertThat(plan.number()).isEqualTo("test-plan");
        assertThat(plan.indicator("ct08")).isPresent();
        Target.Cumulative ct08 = (Target.Cumulative) plan.indicator("CT08").orElseThrow().targets().get(0);
        assertThat(ct08.value()).isEqualByComparingTo("5560");
        assertThat(ct08.from()).isEqualTo(2016);
        assertThat(ct08.deadline()).isEqualTo(2020);
        assertThat(ct08.scope()).isEqualTo(new Scope.Of("HND"));
        assertThat(plan.indicator("CT08").orElseThrow().reportedBy()).containsExactly("HLHPN", "HND");
    }

    @Test
    void theBuiltInPlanChecksClean() {
        PlanCheck check = PlanLoader.check("built-in", Plans.builtInText(Plans.DEFAULT_ID).orElseThrow());
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void theExampleOfTheFormatDocumentIsValid() throws IOException {
        String doc = Files.readString(Path.of("../docs/plan-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        PlanCheck check = PlanLoader.check("plan-format.md", yaml);
        assertThat(check.problems()).isEmpty();
        assertThat(check.plan().orElseThrow().indicators()).hasSize(4);
    }

    @Test
    void unknownTargetKind() {
        assertProblems(VALID.replace("kind: cumulative-at-least", "kind: cumulative"),
                tuple("plan-unknown-target-kind", 17));
        assertThat(message(VALID.replace("kind: cumulative-at-least", "kind: cumulative")))
                .contains("'cumulative'", "cumulative-at-least, every-year-at-least");
    }

    @Test
    void duplicateIndicatorCode() {
        assertProblems(VALID.replace("- code: CT11", "- code: CT08"), tuple("plan-duplicate-code", 18));
        assertThat(message(VALID.replace("- code: CT11", "- code: CT08"))).contains("line 11");
    }

    @Test
    void rangeWhoseMinimumExceedsItsStretch() {
        String yaml = VALID.replace("{kind: cumulative-at-least, value: 5560, scope: HND}",
                "{kind: range, min: 12, stretch: 10, scope: each}");
        assertProblems(yaml, tuple("plan-range-min-above-stretch", 17));
    }

    @Test
    void targetForAnUnknownAssociation() {
        assertProblems(VALID.replace("scope: HND}", "scope: HCCB}"), tuple("plan-unknown-association", 17));
        assertThat(message(VALID.replace("scope: HND}", "scope: HCCB}"))).contains("HLHPN, HND");
    }

    @Test
    void milestoneOutsideThePeriod() {
        assertProblems(VALID.replace("2020: 70}", "2021: 70}"), tuple("plan-outside-period", 28));
    }

    @Test
    void rateWithoutDenominatorLabel() {
        assertProblems(VALID.replace("    denominator: {vi: Tổng số, en: All}\n", ""),
                tuple("plan-rate-without-denominator", 21));
    }

    @Test
    void missingRequiredFieldsAndUnknownFields() {
        String yaml = VALID.replace("    unit: {vi: hộ, en: households}\n", "    units: {vi: hộ, en: households}\n");
        assertProblems(yaml, tuple("plan-missing-field", 11), tuple("plan-unknown-field", 13));
    }

    @Test
    void aValueOfTheWrongKind() {
        assertProblems(VALID.replace("value: 5560", "value: lots"), tuple("plan-bad-value", 17));
        assertProblems(VALID.replace("measure: count", "measure: number"), tuple("plan-bad-value", 14));
        assertThat(message(VALID.replace("measure: count", "measure: number"))).contains("count, rate, yes-no");
    }

    @Test
    void aRatePercentageAboveOneHundred() {
        assertProblems(VALID.replace("2020: 70}", "2020: 170}"), tuple("plan-bad-value", 28));
    }

    @Test
    void twoAssociationsSharingAnAlias() {
        assertProblems(VALID.replace("aliases: [Nông dân]", "aliases: [Hoi Phu nu]"),
                tuple("plan-alias-collision", 6));
    }

    @Test
    void unknownParentUnit() {
        assertProblems(VALID.replace("parent: TINH", "parent: BEN-TRE"), tuple("plan-unknown-unit", 9));
    }

    @Test
    void periodBackwards() {
        assertProblems(VALID.replace("{from: 2016, to: 2020}", "{from: 2020, to: 2016}"),
                tuple("plan-bad-period", 3));
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() {
        assertProblems(VALID.replace("    measure: rate", "    measure: rate: yes"), tuple("plan-syntax", 21));
    }

    @Test
    void duplicateKeyIsASyntaxError() {
        assertProblems(VALID.replace("    nature: flow\n", "    nature: flow\n    nature: stock\n"),
                tuple("plan-syntax", 16));
    }

    @Test
    void provinceScopeOnAnAssociationIndicator() {
        assertProblems(VALID.replace("scope: HND}", "scope: province}"), tuple("plan-scope-mismatch", 17));
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        String yaml = VALID.replace("kind: cumulative-at-least", "kind: cumulative")
                .replace("2020: 70}", "2021: 70}")
                .replace("- code: CT11", "- code: CT08");
        assertProblems(yaml, tuple("plan-unknown-target-kind", 17), tuple("plan-duplicate-code", 18),
                tuple("plan-outside-period", 28));
    }

    @Test
    void loadThrowsWithEveryProblem() {
        assertThatThrownBy(() -> PlanLoader.load("bad.yaml", VALID.replace("value: 5560", "value: -1")))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("bad.yaml:17:37: [plan-bad-value]");
    }

    @Test
    void messagesSpeakVietnameseByDefault() {
        PlanCheck check = PlanLoader.check("p.yaml", VALID.replace("kind: cumulative-at-least", "kind: cumulative"));
        assertThat(check.problems().get(0).describe("p.yaml", Lang.VI))
                .isEqualTo("p.yaml:17:10: [plan-unknown-target-kind] Loại chỉ tiêu không hợp lệ 'cumulative' "
                        + "(các loại hợp lệ: " + Target.kinds() + ")");
    }

    /** Jackson's own place for each problem it meets while binding: line and column, nested or not. */
    @Test
    void problemsMetWhileBindingNameTheirLineAndColumn() {
        PlanCheck check = PlanLoader.check("p.yaml", VALID.replace("en: Test plan}", "en: Test plan, fr: Plan}"));
        assertThat(check.problems()).extracting(PlanProblem::code, PlanProblem::line, PlanProblem::column)
                .containsExactly(tuple("plan-unknown-field", 2, 42));
        assertThat(check.problems().get(0).message().en()).isEqualTo("Unknown field 'fr' (valid fields: en, vi)");
        assertProblems(VALID.replace("aliases: [Nông dân]", "aliases: Nông dân"), tuple("plan-bad-value", 6));
        assertThat(message(VALID.replace("aliases: [Nông dân]", "aliases: Nông dân")))
                .isEqualTo("'aliases' must be a list, but is Nông dân");
        assertProblems(VALID.replace("period: {from: 2016, to: 2020}", "period: {from: 2016.5, to: 2020}"),
                tuple("plan-bad-value", 3));
        assertProblems(VALID.replace("lead: true", "lead: yes please"), tuple("plan-lead", 4), tuple("plan-bad-value", 5));
        assertProblems(VALID.replace("name: {vi: Hộ đăng ký, en: Households registered}", "name: Hộ đăng ký"),
                tuple("plan-bad-value", 12));
    }

    private static void assertProblems(String yaml, org.assertj.core.groups.Tuple... expected) {
        PlanCheck check = PlanLoader.check("test.yaml", yaml);
        assertThat(check.valid()).isFalse();
        assertThat(check.plan()).isEmpty();
        assertThat(check.problems()).extracting(PlanProblem::code, PlanProblem::line).containsExactly(expected);
    }

    private static String message(String yaml) {
        return PlanLoader.check("test.yaml", yaml).problems().get(0).message().en();
    }
}
