package vn.khlt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every target figure of the plan (docs/plan.md), held against the plan that ships in the jar. */
class BuiltInPlanTest {

    private final Plan plan = Plans.defaultPlan();

    @Test
    void isThePlanOfBenTre2016() {
        assertThat(plan.id()).isEqualTo("bentre-02-khlt-2016");
        assertThat(plan.number()).isEqualTo("02/KHLT");
        assertThat(plan.issued()).isEqualTo("2016-12-05");
        assertThat(plan.period()).isEqualTo(new Period(2016, 2020));
        assertThat(plan.title().vi()).contains("Đồng Khởi khởi nghiệp", "Chung sức xây dựng nông thôn mới");
    }

    @Test
    void hasTheFourAssociationsLedByTheWomensUnion() {
        assertThat(plan.associations()).extracting(Association::code).containsExactly("HLHPN", "HND", "HCCB", "DTN");
        assertThat(plan.lead()).map(Association::code).contains("HLHPN");
        assertThat(plan.association("HND").orElseThrow().name().vi()).isEqualTo("Hội Nông dân tỉnh");
    }

    @Test
    void hasTheProvinceAndItsNineDistricts() {
        assertThat(plan.units(UnitLevel.PROVINCE)).hasSize(1);
        assertThat(plan.units(UnitLevel.DISTRICT)).extracting(u -> u.name().vi()).containsExactly(
                "Thành phố Bến Tre", "Huyện Châu Thành", "Huyện Chợ Lách", "Huyện Mỏ Cày Nam",
                "Huyện Mỏ Cày Bắc", "Huyện Giồng Trôm", "Huyện Bình Đại", "Huyện Ba Tri", "Huyện Thạnh Phú");
        assertThat(plan.units(UnitLevel.DISTRICT)).allSatisfy(u -> assertThat(u.parent()).contains("TINH"));
    }

    @Test
    void hasTwentyIndicators() {
        assertThat(plan.indicators()).extracting(Indicator::code).containsExactly(
                "CT01", "CT02", "CT03", "CT04", "CT05", "CT06", "CT07", "CT08", "CT09", "CT10",
                "CT11", "CT12", "CT13", "CT14", "CT15", "CT16", "CT17", "CT18", "CT19", "CT20");
    }

    /** code, measure, nature, scope, kind, value (min for a range), deadline. */
    @ParameterizedTest(name = "{0} {3} {4} {5}")
    @CsvSource({
        "CT01, count,  stock, province, at-least,            45,    2020",
        "CT02, rate,   stock, province, below,               4,     2020",
        "CT03, rate,   stock, province, above,               25,    2020",
        "CT04, rate,   stock, each,     at-least,            100,   2020",
        "CT05, rate,   stock, each,     at-least,            60,    2020",
        "CT06, count,  flow,  joint,    cumulative-at-least, 1000,  2020",
        "CT07, rate,   stock, each,     range,               10,    2020",
        "CT07, rate,   stock, joint,    range,               10,    2020",
        "CT08, count,  flow,  HLHPN,    cumulative-at-least, 3987,  2020",
        "CT08, count,  flow,  HND,      cumulative-at-least, 5560,  2020",
        "CT08, count,  flow,  HCCB,     cumulative-at-least, 579,   2020",
        "CT08, count,  flow,  DTN,      cumulative-at-least, 329,   2020",
        "CT08, count,  flow,  joint,    cumulative-at-least, 10455, 2020",
        "CT09, count,  flow,  each,     every-year-at-least, 4,     2020",
        "CT10, rate,   stock, each,     at-least,            100,   2020",
        "CT11, rate,   stock, each,     milestones,          60,    2020",
        "CT12, rate,   stock, each,     at-least,            100,   2020",
        "CT13, yes-no, stock, each,     at-least,            100,   2020",
        "CT14, count,  flow,  joint,    every-year-at-least, 1,     2020",
        "CT15, count,  flow,  joint,    every-year-at-least, 5,     2020",
        "CT16, count,  flow,  each,     every-year-at-least, 1,     2020",
        "CT17, rate,   stock, each,     every-year-at-least, 70,    2020", // "Hàng năm … 70%": every year
        "CT18, count,  flow,  joint,    cumulative-at-least, 100,   2020",
        "CT19, count,  flow,  joint,    cumulative-at-least, 1000,  2020",
    })
    void holdsEveryTargetOfThePlan(String code, String measure, String nature, String scope, String kind,
            BigDecimal value, int deadline) {
        Indicator indicator = plan.indicator(code).orElseThrow();
        assertThat(indicator.measure().key()).isEqualTo(measure);
        assertThat(indicator.nature().key()).isEqualTo(nature);
        Target target = indicator.targets().stream().filter(t -> t.scope().key().equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError(code + " has no target for " + scope));
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.deadline()).isEqualTo(deadline);
        assertThat(first(target)).isEqualByComparingTo(value);
    }

    private static BigDecimal first(Target target) {
        if (target instanceof Target.Level level) {
            return level.value();
        }
        if (target instanceof Target.Cumulative cumulative) {
            return cumulative.value();
        }
        if (target instanceof Target.EveryYear every) {
            return every.value();
        }
        if (target instanceof Target.Range range) {
            return range.minimum();
        }
        return ((Target.Milestones) target).byYear().values().iterator().next();
    }

    @Test
    void ct07IsTenToTwelvePercentForEachAndJointly() {
        List<Target> targets = plan.indicator("CT07").orElseThrow().targets();
        assertThat(targets).hasSize(2).allSatisfy(t -> {
            Target.Range range = (Target.Range) t;
            assertThat(range.minimum()).isEqualByComparingTo("10");
            assertThat(range.stretch()).isEqualByComparingTo("12");
        });
    }

    @Test
    void ct08TargetsOfTheFourAssociationsSumToTheJointTarget() {
        Map<String, BigDecimal> byScope = plan.indicator("CT08").orElseThrow().targets().stream()
                .collect(Collectors.toMap(t -> t.scope().key(), t -> ((Target.Cumulative) t).value()));
        BigDecimal named = byScope.get("HLHPN").add(byScope.get("HND")).add(byScope.get("HCCB")).add(byScope.get("DTN"));
        assertThat(named).isEqualByComparingTo(byScope.get("joint")).isEqualByComparingTo("10455");
    }

    @Test
    void ct11IsSixtyPercentUntil2019AndSeventyIn2020() {
        Target.Milestones milestones = (Target.Milestones) plan.indicator("CT11").orElseThrow().targets().get(0);
        assertThat(milestones.byYear()).containsOnlyKeys(2016, 2017, 2018, 2019, 2020);
        assertThat(milestones.byYear().get(2019)).isEqualByComparingTo("60");
        assertThat(milestones.byYear().get(2020)).isEqualByComparingTo("70");
    }

    @Test
    void ct16IsJudgedPerDistrictUnit() {
        Indicator ct16 = plan.indicator("CT16").orElseThrow();
        assertThat(ct16.reportedAt()).contains(UnitLevel.DISTRICT);
        assertThat(ct16.targets().get(0).perUnit()).isTrue();
    }

    @Test
    void provinceFiguresAreReportedByNoAssociation() {
        assertThat(List.of("CT01", "CT02", "CT03")).allSatisfy(code ->
                assertThat(plan.indicator(code).orElseThrow().provincial()).isTrue());
        assertThat(plan.indicator("CT04").orElseThrow().reportedBy()).containsExactly("HLHPN", "HND", "HCCB", "DTN");
    }

    @Test
    void ct20IsTrackedWithoutTarget() {
        assertThat(plan.indicator("CT20").orElseThrow().targets()).isEmpty();
    }

    @Test
    void everyRateNamesItsNumeratorAndDenominator() {
        assertThat(plan.indicators()).filteredOn(Indicator::isRate).hasSize(9).allSatisfy(i -> {
            assertThat(i.numerator()).isPresent();
            assertThat(i.denominator()).isPresent();
        });
    }

    @Test
    void findsAssociationsAndUnitsByTheirManyNames() {
        assertThat(plan.associationNames().find("Hoi Nong dan tinh")).map(Association::code).contains("HND");
        assertThat(plan.associationNames().find("HỘI NÔNG DÂN")).map(Association::code).contains("HND");
        assertThat(plan.associationNames().find("Hội LHPN")).map(Association::code).contains("HLHPN");
        assertThat(plan.associationNames().find("Tỉnh Đoàn")).map(Association::code).contains("DTN");
        assertThat(plan.unitNames().find("H. Mo Cay Nam")).map(ReportingUnit::code).contains("MO-CAY-NAM");
        assertThat(plan.unitNames().find("Huyện Mỏ Cày Bắc")).map(ReportingUnit::code).contains("MO-CAY-BAC");
        assertThat(plan.unitNames().find("thanh pho ben tre")).map(ReportingUnit::code).contains("TP-BEN-TRE");
        assertThat(plan.unitNames().find("TP. Bến Tre")).map(ReportingUnit::code).contains("TP-BEN-TRE");
        assertThat(plan.unitNames().find("Thạnh Phú")).map(ReportingUnit::code).contains("THANH-PHU");
        assertThat(plan.unitNames().find("ba-tri")).map(ReportingUnit::code).contains("BA-TRI");
        assertThat(plan.unitNames().find("Giồng Trôm (huyện)")).map(ReportingUnit::code).contains("GIONG-TROM");
        assertThat(plan.unitNames().find("Bến Tre (TP)")).isEmpty(); // the level after the name chooses nothing: still two
    }

    @Test
    void anAssociationsOfficeIsItsPlace() {
        assertThat(plan.unitNames().find("Huyện hội Ba Tri")).map(ReportingUnit::code).contains("BA-TRI");
        assertThat(plan.unitNames().find("HUYEN HOI MO CAY BAC")).map(ReportingUnit::code).contains("MO-CAY-BAC");
        assertThat(plan.unitNames().find("Thành hội Bến Tre")).map(ReportingUnit::code).contains("TP-BEN-TRE"); // the city's
        assertThat(plan.unitNames().candidates("Huyện hội")).isEmpty();
        assertThat(plan.unitNames().candidates("Huyện hội Mỏ Cày")).isEmpty();
    }

    @Test
    void aProvincialBodyIsNoPlaceNamedForItsWord() {
        assertThat(plan.unitNames().find("Tỉnh hội")).map(ReportingUnit::code).contains("TINH");
        assertThat(plan.unitNames().candidates("Hội")).isEmpty(); // not a name of the province: Tỉnh hội is a body
        assertThat(plan.unitNames().candidates("Đoàn")).isEmpty();
    }

    @Test
    void bareBenTreIsAmbiguousBetweenTheProvinceAndItsCity() {
        assertThat(plan.unitNames().find("Bến Tre")).isEmpty();
        assertThat(plan.unitNames().candidates("Bến Tre")).extracting(ReportingUnit::code)
                .containsExactlyInAnyOrder("TINH", "TP-BEN-TRE");
    }
}
