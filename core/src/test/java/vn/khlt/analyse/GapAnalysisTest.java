package vn.khlt.analyse;

import vn.khlt.facts.Consolidation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.check.Validator;
import vn.khlt.plan.Plans;
import vn.khlt.read.ReadOptions;

/** Each kind of target as of a mid-period year and the final year, from submissions hand-computed. */
class GapAnalysisTest {

    @TempDir
    Path dir;

    private int runs;

    private List<GapRow> gap(int asOf, String... files) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("run" + ++runs));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(inputs.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
        }
        Validation validation = new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        assertThat(validation.hasErrors()).as(validation.issues().toString()).isFalse();
        return new GapAnalysis(new Consolidation(Plans.defaultPlan(), validation.facts())).asOf(asOf);
    }

    private static GapRow row(List<GapRow> rows, String indicator, String scope) {
        return rows.stream().filter(r -> r.indicator().code().equals(indicator) && r.scope().equals(scope))
                .findFirst().orElseThrow();
    }

    private static String n(Optional<BigDecimal> value, int decimals) {
        return value.map(v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString()).orElse("-");
    }

    /** docs/gap-analysis.md's worked example: HND's districts report 980, 1,130 and 1,240 households for 2016–2018. */
    @Test
    void theWorkedExampleOfPlanMd() throws IOException {
        List<GapRow> rows = gap(2018,
                "HND_2016.csv", "Đơn vị,CT08\nBa Tri,500\nChợ Lách,480\n",
                "HND_2017.csv", "Đơn vị,CT08\nBa Tri,600\nChợ Lách,530\n",
                "HND_2018.csv", "Đơn vị,CT08\nBa Tri,700\nChợ Lách,540\n");
        GapRow hnd = row(rows, "CT08", "HND");
        assertThat(hnd.targetValue()).isEqualByComparingTo("5560");
        assertThat(n(hnd.thisYear(), 0)).isEqualTo("1240");
        assertThat(n(hnd.actual(), 0)).isEqualTo("3350");
        assertThat(n(hnd.expectedByNow(), 0)).isEqualTo("3336");
        assertThat(hnd.status()).isEqualTo(Status.ON_TRACK);
        assertThat(n(hnd.gap(), 0)).isEqualTo("2210");
        assertThat(n(hnd.requiredAnnualPace(), 0)).isEqualTo("1105");
        assertThat(n(hnd.actualAnnualPace(), 1)).isEqualTo("1116.7");
        assertThat(n(hnd.projectedEnd(), 1)).isEqualTo("5583.3");
        assertThat(n(hnd.percent(), 1)).isEqualTo("60.3");
        assertThat(hnd.reachedIn()).contains(2020);
        GapRow joint = row(rows, "CT08", "joint");
        assertThat(n(joint.actual(), 0)).isEqualTo("3350");
        assertThat(joint.targetValue()).isEqualByComparingTo("10455");
        assertThat(joint.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(row(rows, "CT08", "DTN").status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void cumulativeBehindPaceAndAtTheDeadline() throws IOException {
        String y2016 = "Đơn vị,CT08\nBa Tri,980\n";
        assertThat(row(gap(2017, "HND_2016.csv", y2016, "HND_2017.csv", "Đơn vị,CT08\nBa Tri,1100\n"), "CT08", "HND").status())
                .isEqualTo(Status.NEEDS_ACCELERATION); // 2,080 against 2,224 expected: 93.5 %
        GapRow end = row(gap(2020, "HND_2016.csv", y2016, "HND_2020.csv", "Đơn vị,CT08\nBa Tri,4000\n"), "CT08", "HND");
        assertThat(n(end.actual(), 0)).isEqualTo("4980");
        assertThat(end.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(end.requiredAnnualPace()).isEmpty();
    }

    @Test
    void cumulativeReachedEarlyAndExceeded() throws IOException {
        GapRow dtn = row(gap(2018, "DTN_2016.csv", "Đơn vị,CT08\nBa Tri,200\n", "DTN_2017.csv", "Đơn vị,CT08\nBa Tri,200\n"),
                "CT08", "DTN");
        assertThat(n(dtn.actual(), 0)).isEqualTo("400");
        assertThat(dtn.status()).isEqualTo(Status.EXCEEDED); // 400 ≥ 110 % of 329
        assertThat(dtn.reachedIn()).contains(2017);
    }

    @Test
    void aRateLevelSumsNumeratorsAndDenominatorsNeverAveragesPercentages() throws IOException {
        // 90/100 and 10/100 → 50 %, where averaging 90 % and 10 % would also give 50 %; 90/100 and 10/20 → 83.3 %, not 70 %
        List<GapRow> rows = gap(2020, "HND_2020.csv", "Đơn vị,CT17 tử số,CT17 mẫu số\nBa Tri,90,100\nChợ Lách,10,20\n");
        GapRow hnd = row(rows, "CT17", "HND");
        assertThat(n(hnd.actual(), 2)).isEqualTo("83.33");
        assertThat(hnd.status()).isEqualTo(Status.EXCEEDED); // ≥ 110 % of 70 % in the deadline year
        GapRow met = row(gap(2020, "HND_2020.csv", "Đơn vị,CT17 tử số,CT17 mẫu số\nBa Tri,72,100\n"), "CT17", "HND");
        assertThat(met.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aLinearLevelIsJudgedAgainstTheLineFromItsFirstYear() throws IOException {
        String y2016 = "Đơn vị,CT01\nCấp tỉnh,5\n";
        GapRow ahead = row(gap(2018, "tinh-2016.csv", y2016, "tinh-2018.csv", "Đơn vị,CT01\nCấp tỉnh,30\n"), "CT01", "province");
        assertThat(n(ahead.expectedByNow(), 1)).isEqualTo("25.0"); // 5 + (45 − 5) × 2/4
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(n(ahead.actualAnnualPace(), 1)).isEqualTo("12.5");
        assertThat(n(ahead.projectedEnd(), 1)).isEqualTo("55.0");
        assertThat(ahead.reachedIn()).contains(2020);
        GapRow behind = row(gap(2018, "tinh-2016.csv", y2016, "tinh-2018.csv", "Đơn vị,CT01\nCấp tỉnh,20\n"), "CT01", "province");
        assertThat(behind.status()).isEqualTo(Status.OFF_TRACK); // 20 < 90 % of 25
    }

    @Test
    void aCeilingTargetWantsTheLevelToFall() throws IOException {
        String y2016 = "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,9000,100000\n";
        GapRow row = row(gap(2018, "tinh-2016.csv", y2016, "tinh-2018.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,6000,100000\n"),
                "CT02", "province");
        assertThat(n(row.expectedByNow(), 2)).isEqualTo("6.50"); // 9 − (9 − 4) × 2/4
        assertThat(row.status()).isEqualTo(Status.ON_TRACK);
        assertThat(n(row.gap(), 2)).isEqualTo("2.00"); // still 2 points to fall
        GapRow done = row(gap(2020, "tinh-2020.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,3900,100000\n"), "CT02", "province");
        assertThat(done.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aRangeIsAchievedAtItsMinimumAndExceededAtItsStretch() throws IOException {
        assertThat(row(gap(2020, "HND_2020.csv", "Đơn vị,CT07 tử số,CT07 mẫu số\nBa Tri,11,100\n"), "CT07", "HND").status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(row(gap(2020, "HND_2020.csv", "Đơn vị,CT07 tử số,CT07 mẫu số\nBa Tri,12,100\n"), "CT07", "HND").status())
                .isEqualTo(Status.EXCEEDED);
        assertThat(row(gap(2020, "HND_2020.csv", "Đơn vị,CT07 tử số,CT07 mẫu số\nBa Tri,9,100\n"), "CT07", "HND").status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void milestonesAreJudgedAgainstTheirYearsFigure() throws IOException {
        GapRow mid = row(gap(2018, "HND_2018.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,65,100\n"), "CT11", "HND");
        assertThat(n(mid.expectedByNow(), 0)).isEqualTo("60");
        assertThat(mid.targetValue()).isEqualByComparingTo("70");
        assertThat(mid.status()).isEqualTo(Status.ON_TRACK);
        GapRow end = row(gap(2020, "HND_2020.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,65,100\n"), "CT11", "HND");
        assertThat(n(end.expectedByNow(), 0)).isEqualTo("70");
        assertThat(end.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void everyYearTargetsJudgeTheYearsFlow() throws IOException {
        List<GapRow> rows = gap(2018, "HND_2017.csv", "Đơn vị,CT09\nBa Tri,2\n", "HND_2018.csv", "Đơn vị,CT09\nBa Tri,3\nChợ Lách,2\n");
        GapRow hnd = row(rows, "CT09", "HND");
        assertThat(n(hnd.actual(), 0)).isEqualTo("5");
        assertThat(hnd.status()).isEqualTo(Status.EXCEEDED); // 5 ≥ 110 % of 4
        assertThat(hnd.note()).isEqualTo("1/3");
        assertThat(row(gap(2017, "HND_2017.csv", "Đơn vị,CT09\nBa Tri,2\n"), "CT09", "HND").status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void perUnitTargetsCountTheUnitsThatMetThem() throws IOException {
        GapRow hnd = row(gap(2019, "HND_2019.csv", "Đơn vị,CT16\nBa Tri,1\nChợ Lách,2\nBình Đại,0\n"), "CT16", "HND");
        assertThat(n(hnd.actual(), 0)).isEqualTo("2");
        assertThat(hnd.targetValue()).isEqualByComparingTo("9");
        assertThat(hnd.note()).isEqualTo("2/9");
        assertThat(hnd.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void yesNoIsTheShareOfDistrictsThatSaidYes() throws IOException {
        GapRow hnd = row(gap(2020, "HND_2020.csv", "Đơn vị,CT13\nBa Tri,1\nChợ Lách,1\nBình Đại,0\n"), "CT13", "HND");
        assertThat(n(hnd.actual(), 2)).isEqualTo("22.22"); // 2 of the 9 districts
    }

    @Test
    void aMissingYearCountsNothingAndThePaceSaysSo() throws IOException {
        GapRow hnd = row(gap(2018, "HND_2016.csv", "Đơn vị,CT08\nBa Tri,980\n", "HND_2018.csv", "Đơn vị,CT08\nBa Tri,1240\n"),
                "CT08", "HND");
        assertThat(n(hnd.actual(), 0)).isEqualTo("2220"); // 2017 is missing: nothing counted for it, never guessed
        assertThat(n(hnd.actualAnnualPace(), 0)).isEqualTo("740");
        assertThat(hnd.status()).isEqualTo(Status.OFF_TRACK); // 2,220 against 3,336 expected
        GapRow nothingYet = row(gap(2018, "HND_2016.csv", "Đơn vị,CT09\nBa Tri,4\n"), "CT09", "HND");
        assertThat(nothingYet.status()).isEqualTo(Status.NO_DATA); // no CT09 for 2018
    }

    @Test
    void theDistrictsThatHoldAPerUnitTargetBack() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("units"));
        Files.writeString(inputs.resolve("HND_2019.csv"), "Đơn vị,CT16,CT11 tử số,CT11 mẫu số\nBa Tri,1,50,100\n"
                + "Chợ Lách,0,60,100\nBình Đại,2,30,50\n", StandardCharsets.UTF_8);
        Validation validation = new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        GapAnalysis analysis = new GapAnalysis(new Consolidation(Plans.defaultPlan(), validation.facts()));
        List<GapRow> rows = analysis.asOf(2019);
        List<UnitShortfall> ct16 = analysis.byUnit(row(rows, "CT16", "HND"));
        assertThat(ct16).extracting(UnitShortfall::unit).hasSize(7).contains("CHO-LACH", "THANH-PHU").doesNotContain("BA-TRI", "BINH-DAI");
        assertThat(ct16.get(0).shortfall()).isEqualByComparingTo("1");
        // CT11 2019: 60 % of each unit's own denominator: Ba Tri lacks 10 of 60, Bình Đại 0 of 30, Chợ Lách none
        List<UnitShortfall> ct11 = analysis.byUnit(row(rows, "CT11", "HND"));
        assertThat(ct11).extracting(UnitShortfall::unit).containsExactly("BA-TRI");
        assertThat(ct11.get(0).expected()).isEqualByComparingTo("60");
        assertThat(ct11.get(0).shortfall()).isEqualByComparingTo("10");
        assertThat(ct11.get(0).share()).isEqualByComparingTo("100");
    }
}
