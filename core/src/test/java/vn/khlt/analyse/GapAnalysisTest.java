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

    /** The plan's ten units: the province level and its nine districts, as a return names them. */
    private static final List<String> UNITS = List.of("Cấp tỉnh", "TP. Bến Tre", "Châu Thành", "Chợ Lách", "Mỏ Cày Nam",
            "Mỏ Cày Bắc", "Giồng Trôm", "Bình Đại", "Ba Tri", "Thạnh Phú");

    /** A return with a row for every unit: the rows given ("Ba Tri,500"), and {@code filler} for the others. */
    private static String everyUnit(String header, String filler, String... rows) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        List<String> given = java.util.Arrays.stream(rows).map(r -> r.substring(0, r.indexOf(','))).toList();
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        for (String unit : UNITS) {
            if (!given.contains(unit)) {
                csv.append(unit).append(',').append(filler).append('\n');
            }
        }
        return csv.toString();
    }

    /** The same return without one unit's row: its submission never came. */
    private static String without(String csv, String unit) {
        return csv.lines().filter(l -> !l.startsWith(unit + ",")).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private static GapRow row(List<GapRow> rows, String indicator, String scope) {
        return rows.stream().filter(r -> r.indicator().code().equals(indicator) && r.scope().equals(scope))
                .findFirst().orElseThrow();
    }

    private static String n(Optional<BigDecimal> value, int decimals) {
        return value.map(v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString()).orElse("-");
    }

    /**
     * docs/gap-analysis.md's worked example: HND's districts report 980, 1,130 and 1,240
     * households for 2016–2018, every other unit 0.
     */
    @Test
    void theWorkedExampleOfPlanMd() throws IOException {
        List<GapRow> rows = gap(2018,
                "HND_2016.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,500", "Chợ Lách,480"),
                "HND_2017.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,600", "Chợ Lách,530"),
                "HND_2018.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,700", "Chợ Lách,540"));
        GapRow hnd = row(rows, "CT08", "HND");
        assertThat(hnd.targetValue()).isEqualByComparingTo("5560");
        assertThat(n(hnd.thisYear(), 0)).isEqualTo("1240");
        assertThat(n(hnd.actual(), 0)).isEqualTo("3350");
        assertThat(n(hnd.expectedByNow(), 0)).isEqualTo("3336");
        assertThat(hnd.coverage().complete()).isTrue();
        assertThat(hnd.coverage().share().vi()).isEqualTo("30/30 đơn vị-năm");
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
        assertThat(joint.figures()).isEqualTo(Status.OFF_TRACK);
        assertThat(joint.status()).isEqualTo(Status.INCOMPLETE); // only HND of the four reported
        assertThat(joint.coverage().share().vi()).isEqualTo("30/120 đơn vị-năm, 1/4 hội");
        assertThat(row(rows, "CT08", "DTN").status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void cumulativeBehindPaceAndAtTheDeadline() throws IOException {
        String y2016 = "Đơn vị,CT08\nBa Tri,980\n";
        assertThat(row(gap(2017, "HND_2016.csv", y2016, "HND_2017.csv", "Đơn vị,CT08\nBa Tri,1100\n"), "CT08", "HND").figures())
                .isEqualTo(Status.NEEDS_ACCELERATION); // 2,080 against 2,224 expected: 93.5 %
        GapRow end = row(gap(2020, "HND_2016.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,980"),
                "HND_2017.csv", everyUnit("Đơn vị,CT08", "0", "Cấp tỉnh,1"), "HND_2018.csv", everyUnit("Đơn vị,CT08", "0", "Cấp tỉnh,1"),
                "HND_2019.csv", everyUnit("Đơn vị,CT08", "0", "Cấp tỉnh,1"), "HND_2020.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,4000")),
                "CT08", "HND");
        assertThat(n(end.actual(), 0)).isEqualTo("4983");
        assertThat(end.status()).as(end.remarks(Plans.defaultPlan()).vi()).isEqualTo(Status.NOT_ACHIEVED); // past mending
        assertThat(end.requiredAnnualPace()).isEmpty();
    }

    @Test
    void cumulativeReachedEarlyAndExceeded() throws IOException {
        GapRow dtn = row(gap(2018, "DTN_2016.csv", "Đơn vị,CT08\nBa Tri,200\n", "DTN_2017.csv", "Đơn vị,CT08\nBa Tri,200\n"),
                "CT08", "DTN");
        assertThat(n(dtn.actual(), 0)).isEqualTo("400");
        assertThat(dtn.status()).isEqualTo(Status.EXCEEDED); // 400 ≥ 110 % of 329: a count the missing units can only add to
        assertThat(dtn.reachedIn()).contains(2017);
    }

    @Test
    void aRateLevelSumsNumeratorsAndDenominatorsNeverAveragesPercentages() throws IOException {
        // 90/100 and 10/100 → 50 %, where averaging 90 % and 10 % would also give 50 %; 90/100 and 10/20 → 83.3 %, not 70 %
        List<GapRow> rows = gap(2020, "HND_2020.csv", "Đơn vị,CT17 tử số,CT17 mẫu số\nBa Tri,90,100\nChợ Lách,10,20\n");
        GapRow hnd = row(rows, "CT17", "HND");
        assertThat(n(hnd.actual(), 2)).isEqualTo("83.33");
        assertThat(hnd.figures()).isEqualTo(Status.EXCEEDED); // ≥ 110 % of 70 % in the deadline year
        assertThat(hnd.status()).isEqualTo(Status.INCOMPLETE); // two units of ten: a rate the others could pull down
        GapRow met = row(gap(2020, "HND_2020.csv", "Đơn vị,CT17 tử số,CT17 mẫu số\nBa Tri,72,100\n"), "CT17", "HND");
        assertThat(met.figures()).isEqualTo(Status.ACHIEVED);
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
        assertThat(done.requiredAnnualPace()).isEmpty();
    }

    @Test
    void aRangeIsAchievedAtItsMinimumAndExceededAtItsStretch() throws IOException {
        assertThat(row(gap(2020, "HND_2020.csv", "Đơn vị,CT07 tử số,CT07 mẫu số\nBa Tri,11,100\n"), "CT07", "HND").figures())
                .isEqualTo(Status.ACHIEVED);
        assertThat(row(gap(2020, "HND_2020.csv", "Đơn vị,CT07 tử số,CT07 mẫu số\nBa Tri,12,100\n"), "CT07", "HND").figures())
                .isEqualTo(Status.EXCEEDED);
        assertThat(row(gap(2020, "HND_2020.csv", "Đơn vị,CT07 tử số,CT07 mẫu số\nBa Tri,9,100\n"), "CT07", "HND").figures())
                .isEqualTo(Status.NOT_ACHIEVED);
    }

    @Test
    void milestonesAreJudgedAgainstTheirYearsFigure() throws IOException {
        GapRow mid = row(gap(2018, "HND_2018.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,65,100\n"), "CT11", "HND");
        assertThat(n(mid.expectedByNow(), 0)).isEqualTo("60");
        assertThat(mid.targetValue()).isEqualByComparingTo("70");
        assertThat(mid.figures()).isEqualTo(Status.ON_TRACK);
        GapRow end = row(gap(2020, "HND_2020.csv", everyUnit("Đơn vị,CT11 tử số,CT11 mẫu số", "65,100")), "CT11", "HND");
        assertThat(n(end.expectedByNow(), 0)).isEqualTo("70");
        assertThat(end.status()).isEqualTo(Status.NOT_ACHIEVED);
    }

    /** Item 3: the period of an every-year target is met only if every year so far was. */
    @Test
    void everyYearTargetsAreMetOnlyWhenEveryYearWas() throws IOException {
        List<GapRow> rows = gap(2019, "HCCB_2017.csv", everyUnit("Đơn vị,CT09", "0", "Ba Tri,4"),
                "HCCB_2018.csv", everyUnit("Đơn vị,CT09", "0", "Ba Tri,3"),
                "HCCB_2019.csv", everyUnit("Đơn vị,CT09", "0", "Ba Tri,5"),
                "HCCB_2016.csv", everyUnit("Đơn vị,CT09", "0", "Ba Tri,4"));
        GapRow hccb = row(rows, "CT09", "HCCB");
        assertThat(n(hccb.thisYear(), 0)).isEqualTo("5"); // 2019 alone would read "Vượt"
        assertThat(hccb.status()).isEqualTo(Status.NOT_ACHIEVED);
        assertThat(hccb.note().vi()).isEqualTo("đạt 3/4 năm; không đạt: 2018");
        assertThat(hccb.note().en()).isEqualTo("met 3 of 4 years; missed: 2018");
        GapRow kept = row(gap(2019, "HCCB_2018.csv", everyUnit("Đơn vị,CT09", "0", "Ba Tri,4"),
                "HCCB_2019.csv", everyUnit("Đơn vị,CT09", "0", "Ba Tri,5")), "CT09", "HCCB");
        assertThat(kept.status()).isEqualTo(Status.INCOMPLETE); // 2016 and 2017 never came
        assertThat(kept.note().vi()).isEqualTo("đạt 2/4 năm; chưa đủ số liệu: 2016, 2017");
    }

    /** Item 4: CT17 is a rate the plan sets every year ("Hàng năm … 70%"), not a level at the deadline. */
    @Test
    void ct17IsJudgedEveryYear() throws IOException {
        GapRow hnd = row(gap(2019, "HND_2018.csv", everyUnit("Đơn vị,CT17 tử số,CT17 mẫu số", "60,100"),
                "HND_2019.csv", everyUnit("Đơn vị,CT17 tử số,CT17 mẫu số", "75,100")), "CT17", "HND");
        assertThat(hnd.target()).isInstanceOf(vn.khlt.plan.Target.EveryYear.class);
        assertThat(n(hnd.actual(), 0)).isEqualTo("75");
        assertThat(hnd.figures()).isEqualTo(Status.NOT_ACHIEVED); // 60 % in 2018
        assertThat(hnd.note().vi()).contains("không đạt: 2018");
    }

    @Test
    void perUnitTargetsCountTheUnitsThatMetThem() throws IOException {
        GapRow hnd = row(gap(2019, "HND_2019.csv", "Đơn vị,CT16\nBa Tri,1\nChợ Lách,2\nBình Đại,0\n"), "CT16", "HND");
        assertThat(n(hnd.actual(), 0)).isEqualTo("2");
        assertThat(hnd.targetValue()).isEqualByComparingTo("9");
        assertThat(hnd.note().vi()).startsWith("2/9 đơn vị đạt");
        assertThat(hnd.status()).isEqualTo(Status.NOT_ACHIEVED); // Bình Đại did nothing in 2019: that year is missed
    }

    @Test
    void yesNoIsTheShareOfDistrictsThatSaidYes() throws IOException {
        GapRow hnd = row(gap(2020, "HND_2020.csv", "Đơn vị,CT13\nBa Tri,1\nChợ Lách,1\nBình Đại,0\n"), "CT13", "HND");
        assertThat(n(hnd.actual(), 2)).isEqualTo("22.22"); // 2 of the 9 districts
    }

    @Test
    void aMissingYearCountsNothingAndThePaceSaysSo() throws IOException {
        GapRow hnd = row(gap(2018, "HND_2016.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,980"),
                "HND_2018.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,1240")), "CT08", "HND");
        assertThat(n(hnd.actual(), 0)).isEqualTo("2220"); // 2017 is missing: nothing counted for it, never guessed
        assertThat(n(hnd.actualAnnualPace(), 0)).isEqualTo("740");
        assertThat(hnd.figures()).isEqualTo(Status.OFF_TRACK); // 2,220 against 3,336 expected
        assertThat(hnd.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(hnd.remarks(Plans.defaultPlan()).vi())
                .isEqualTo("không đạt trong kỳ kế hoạch ở nhịp hiện tại; theo số đã có: Chậm tiến độ; thiếu HND: năm 2017"
                        + " (cả 10 đơn vị, chưa gửi báo cáo)");
        GapRow nothingYet = row(gap(2018, "HND_2016.csv", "Đơn vị,CT09\nBa Tri,4\n"), "CT09", "HND");
        assertThat(nothingYet.status()).isEqualTo(Status.NO_DATA); // no CT09 for 2018
    }

    /** Item 1: a missing submission is not a zero; the row says who is missing and why. */
    @Test
    void aMissingDistrictLeavesTheStatusOpenAndIsNamed() throws IOException {
        String y2016 = everyUnit("Đơn vị,CT08,CT09", "200,4");
        String y2017 = everyUnit("Đơn vị,CT08,CT09", "200,4");
        List<GapRow> whole = gap(2017, "HND_2016.csv", y2016, "HND_2017.csv", y2017);
        assertThat(row(whole, "CT08", "HND").status()).isEqualTo(Status.ON_TRACK); // 4,000 against 2,224
        assertThat(row(whole, "CT08", "HND").coverage().complete()).isTrue();
        // Ba Tri's 2017 return never came; Chợ Lách's has no CT08
        String partial = without(y2017, "Ba Tri").replace("Chợ Lách,200,4", "Chợ Lách,,4");
        List<GapRow> rows = gap(2017, "HND_2016.csv", y2016, "HND_2017.csv", partial);
        GapRow ct08 = row(rows, "CT08", "HND");
        assertThat(n(ct08.actual(), 0)).isEqualTo("3600");
        assertThat(ct08.figures()).isEqualTo(Status.ON_TRACK);
        assertThat(ct08.status()).isEqualTo(Status.INCOMPLETE);
        assertThat(ct08.coverage().share().vi()).isEqualTo("18/20 đơn vị-năm");
        assertThat(ct08.remarks(Plans.defaultPlan()).vi()).isEqualTo("theo số đã có: Đúng tiến độ; thiếu HND: "
                + "Huyện Chợ Lách 2017 (để trống), Huyện Ba Tri 2017 (chưa gửi báo cáo)");
        assertThat(ct08.coverage().missing()).extracting(vn.khlt.facts.Coverage.Missing::why)
                .containsExactly(vn.khlt.facts.Coverage.Why.BLANK, vn.khlt.facts.Coverage.Why.NO_RETURN);
        // a count already over a floor stays met: what is missing can only add to it
        GapRow over = row(gap(2016, "HND_2016.csv", without(everyUnit("Đơn vị,CT08", "700"), "Ba Tri")), "CT08", "HND");
        assertThat(over.coverage().complete()).isFalse();
        assertThat(n(over.actual(), 0)).isEqualTo("6300");
        assertThat(over.status()).isEqualTo(Status.EXCEEDED);
    }

    /** Item 2: a level's pace compares the same units in both years. */
    @Test
    void aLevelsPaceComparesTheSameUnits() throws IOException {
        String header = "Đơn vị,CT05 tử số,CT05 mẫu số";
        // 2016: every unit 40/100, Ba Tri 10/100; 2019: Ba Tri sends nothing, the others 52/100
        GapRow hnd = row(gap(2019, "HND_2016.csv", everyUnit(header, "40,100", "Ba Tri,10,100"),
                "HND_2019.csv", without(everyUnit(header, "52,100"), "Ba Tri")), "CT05", "HND");
        assertThat(n(hnd.actual(), 0)).isEqualTo("52");
        // over the nine units in both years: (52 − 40) / 3 = 4 a year, not (52 − 37) / 3 = 5
        assertThat(n(hnd.actualAnnualPace(), 1)).isEqualTo("4.0");
        assertThat(hnd.note().vi()).contains("nhịp tính trên 9 đơn vị có số liệu cả năm 2016 và 2019");
        assertThat(hnd.status()).isEqualTo(Status.INCOMPLETE);
    }

    /** Item 2: the trend says when its years come from different units, so that a fall is not read into it. */
    @Test
    void theTrendSaysWhenCoverageChanges() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("trend"));
        String header = "Đơn vị,CT05 tử số,CT05 mẫu số";
        for (String association : List.of("HLHPN", "HND", "DTN", "HCCB")) {
            Files.writeString(inputs.resolve(association + "_2018.csv"), everyUnit(header, "60,100"), StandardCharsets.UTF_8);
            if (!association.equals("HCCB")) {
                Files.writeString(inputs.resolve(association + "_2019.csv"), everyUnit(header, "61,100"), StandardCharsets.UTF_8);
            }
        }
        Validation validation = new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        Consolidation data = new Consolidation(Plans.defaultPlan(), validation.facts());
        List<GapRow> rows = new GapAnalysis(data).asOf(2019);
        vn.khlt.report.Table trend = new vn.khlt.report.ReportTables(Plans.defaultPlan(), validation, data, rows, 2019,
                vn.khlt.i18n.Lang.VI).trend();
        List<vn.khlt.report.Cell> joint = trend.rows().stream()
                .filter(r -> r.get(0).equals(vn.khlt.report.Cell.text("CT05")) && r.get(2).equals(vn.khlt.report.Cell.text("liên tịch")))
                .findFirst().orElseThrow();
        assertThat(joint.get(joint.size() - 1)).isEqualTo(vn.khlt.report.Cell.text(
                "số liệu có khác nhau giữa các năm: 2018: 40/40 đơn vị, 4/4 hội; 2019: 30/40 đơn vị, 3/4 hội"));
        GapRow hnd = row(rows, "CT05", "HND");
        assertThat(hnd.note().vi()).doesNotContain("nhịp tính trên"); // HND's own units are the same both years
    }

    /** Item 5: a projection stays within what a figure can be, and a far-off year is not given. */
    @Test
    void projectionsAreBounded() throws IOException {
        GapRow ct13 = row(gap(2018, "HND_2016.csv", everyUnit("Đơn vị,CT13", "0", "Ba Tri,1", "Cấp tỉnh,"),
                "HND_2018.csv", everyUnit("Đơn vị,CT13", "1", "Chợ Lách,0", "Cấp tỉnh,")), "CT13", "HND");
        assertThat(n(ct13.actual(), 2)).isEqualTo("88.89");
        assertThat(n(ct13.actualAnnualPace(), 2)).isEqualTo("38.89"); // (88.9 − 11.1) / 2
        assertThat(n(ct13.projectedEnd(), 0)).isEqualTo("100"); // not 166.7
        GapRow slow = row(gap(2017, "HND_2016.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,10"),
                "HND_2017.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,10")), "CT08", "HND");
        assertThat(slow.reachedIn()).isEmpty(); // 10 a year reaches 5,560 in 2572
        assertThat(slow.note().vi()).isEqualTo("không đạt trong kỳ kế hoạch ở nhịp hiện tại");
        GapRow near = row(gap(2018, "HND_2016.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,900"),
                "HND_2017.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,900"),
                "HND_2018.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,900")), "CT08", "HND");
        assertThat(near.reachedIn()).contains(2022); // 2,700 and 900 a year: 2,860 more in 4 years, within the horizon
        assertThat(near.note().vi()).isEqualTo("không đạt trong kỳ kế hoạch ở nhịp hiện tại");
    }

    /** Item 6: over a ceiling at the deadline is a failure; at or under it is achieved. */
    @Test
    void overACeilingAtTheDeadlineIsNotAchieved() throws IOException {
        GapRow over = row(gap(2020, "tinh-2020.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,4500,100000\n"), "CT02", "province");
        assertThat(over.status()).isEqualTo(Status.NOT_ACHIEVED);
        assertThat(n(over.gap(), 1)).isEqualTo("0.5");
        GapRow under = row(gap(2020, "tinh-2020.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,3999,100000\n"), "CT02", "province");
        assertThat(under.status()).isEqualTo(Status.ACHIEVED);
    }

    /** Item 7: a level reached says the year it was first reached, and a target met exactly has its year. */
    @Test
    void reachedInIsTheFirstYearOfTheRun() throws IOException {
        String header = "Đơn vị,CT05 tử số,CT05 mẫu số";
        GapRow hnd = row(gap(2019, "HND_2016.csv", everyUnit(header, "50,100"), "HND_2017.csv", everyUnit(header, "60,100"),
                "HND_2018.csv", everyUnit(header, "61,100"), "HND_2019.csv", everyUnit(header, "62,100")), "CT05", "HND");
        assertThat(hnd.status()).isEqualTo(Status.ACHIEVED);
        assertThat(hnd.reachedIn()).contains(2017); // met exactly in 2017, and ever since
        GapRow exact = row(gap(2017, "HND_2016.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,3000"),
                "HND_2017.csv", everyUnit("Đơn vị,CT08", "0", "Ba Tri,2560")), "CT08", "HND");
        assertThat(exact.status()).isEqualTo(Status.ACHIEVED);
        assertThat(exact.reachedIn()).contains(2017);
    }

    /** Item 8: the pace needed is never negative and is zero once the target is met. */
    @Test
    void thePaceNeededIsFloored() throws IOException {
        String header = "Đơn vị,CT05 tử số,CT05 mẫu số";
        GapRow met = row(gap(2018, "HND_2018.csv", everyUnit(header, "65,100")), "CT05", "HND");
        assertThat(met.status()).isEqualTo(Status.ACHIEVED);
        assertThat(n(met.requiredAnnualPace(), 0)).isEqualTo("0"); // was −2.5
        GapRow ceiling = row(gap(2018, "tinh-2018.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,3000,100000\n"), "CT02", "province");
        assertThat(n(ceiling.requiredAnnualPace(), 0)).isEqualTo("0"); // 3 % under a 4 % ceiling: nothing more to fall
        GapRow falling = row(gap(2018, "tinh-2018.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,6000,100000\n"), "CT02", "province");
        assertThat(n(falling.requiredAnnualPace(), 0)).isEqualTo("1"); // 2 points to fall in 2 years
    }

    /** Item 9: an association that does not report CT13 says neither yes nor no in the joint figure. */
    @Test
    void aJointYesNoCountsOnlyTheAssociationsThatAnswered() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("ct13"));
        Files.writeString(inputs.resolve("HND_2019.csv"), everyUnit("Đơn vị,CT13", "1", "Cấp tỉnh,"), StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("HLHPN_2019.csv"), everyUnit("Đơn vị,CT13", "1", "Cấp tỉnh,"), StandardCharsets.UTF_8);
        Validation validation = new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        Consolidation data = new Consolidation(Plans.defaultPlan(), validation.facts());
        vn.khlt.plan.Indicator ct13 = Plans.defaultPlan().indicator("CT13").orElseThrow();
        assertThat(data.year(ct13, ct13.reportedBy(), 2019).flatMap(vn.khlt.facts.Total::value).map(v -> n(Optional.of(v), 0)))
                .contains("100"); // 18 yes of 18, not 18 of 36
        assertThat(data.coverage(ct13, ct13.reportedBy(), 2019, 2019).share().vi()).isEqualTo("18/36 đơn vị, 2/4 hội");
    }

    /** Item 11: one district's figure is never held against the province's total. */
    @Test
    void aUnitIsNotHeldAgainstTheProvincesTotal() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("unit"));
        Files.writeString(inputs.resolve("HND_2019.csv"), everyUnit("Đơn vị,CT08,CT05 tử số,CT05 mẫu số", "100,50,100"),
                StandardCharsets.UTF_8);
        Validation validation = new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        List<GapRow> rows = new GapAnalysis(new Consolidation(Plans.defaultPlan(), validation.facts(), Optional.of("BA-TRI"),
                Optional.empty())).asOf(2019);
        GapRow ct08 = row(rows, "CT08", "HND");
        assertThat(ct08.status()).isEqualTo(Status.NOT_APPLICABLE); // was "Chậm tiến độ": 100 against 5,560
        assertThat(n(ct08.thisYear(), 0)).isEqualTo("100");
        assertThat(ct08.percent()).isEmpty();
        GapRow ct05 = row(rows, "CT05", "HND");
        assertThat(ct05.status()).isEqualTo(Status.NEEDS_ACCELERATION.compareTo(ct05.status()) <= 0 ? ct05.status() : null);
        assertThat(ct05.percent()).isPresent(); // a rate is the district's own: 50 % against 60 %
        assertThat(row(rows, "CT01", "province").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    /** Item 12: a joint count's shortfall is shared among units, each judged on all its associations' figures. */
    @Test
    void aJointTargetIsSharedAmongUnitsNotPairs() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("joint"));
        Files.writeString(inputs.resolve("HND_2016.csv"), everyUnit("Đơn vị,CT06", "10", "Ba Tri,30"), StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("DTN_2016.csv"), everyUnit("Đơn vị,CT06", "5", "Ba Tri,0"), StandardCharsets.UTF_8);
        Validation validation = new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        GapAnalysis analysis = new GapAnalysis(new Consolidation(Plans.defaultPlan(), validation.facts()));
        GapRow joint = row(analysis.asOf(2016), "CT06", "joint");
        assertThat(n(joint.expectedByNow(), 0)).isEqualTo("200"); // 1,000 × 1/5
        List<UnitShortfall> units = analysis.byUnit(joint);
        // an even share is 200 / 10 units = 20 a unit; Ba Tri's 30 + 0 meets it, each other unit's 10 + 5 lacks 5
        assertThat(units).hasSize(9).allSatisfy(u -> {
            assertThat(u.expected()).isEqualByComparingTo("20");
            assertThat(u.actual()).isEqualByComparingTo("15");
            assertThat(u.owner()).isEqualTo("joint");
        });
        assertThat(units).extracting(UnitShortfall::unit).doesNotContain("BA-TRI");
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

    /** A long list of missing units is named in part and counted in a note; the coverage itself keeps every one. */
    @Test
    void aLongListOfMissingUnitsIsCounted() throws IOException {
        GapRow ct05 = row(gap(2019, "HND_2019.csv", "Đơn vị,CT05 tử số,CT05 mẫu số\nBa Tri,50,100\n",
                "HND_2018.csv", "Đơn vị,CT09\nBa Tri,4\n"), "CT05", "HND");
        assertThat(ct05.coverage().missing()).hasSize(9);
        GapRow ct08 = row(gap(2019, "HND_2016.csv", "Đơn vị,CT08\nBa Tri,500\n", "HND_2019.csv", "Đơn vị,CT08\nBa Tri,500\n"),
                "CT08", "HND");
        assertThat(ct08.coverage().missing()).hasSize(38); // 40 unit-years, Ba Tri's two came
        assertThat(ct08.remarks(Plans.defaultPlan()).vi()).contains("năm 2017 (cả 10 đơn vị, chưa gửi báo cáo)")
                .endsWith(", và 3 chỗ khác");
    }
}
