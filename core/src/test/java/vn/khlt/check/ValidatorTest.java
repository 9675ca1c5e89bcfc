package vn.khlt.check;

import vn.khlt.facts.Fact;
import vn.khlt.facts.FactKey;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.plan.Plans;
import vn.khlt.read.ReadOptions;

/** A small file per check that triggers exactly it, flattened to [cell, code] as frictionless does. */
class ValidatorTest {

    @TempDir
    Path dir;

    private Validation validate(ValidationOptions options, String... files) throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Path file = dir.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1], StandardCharsets.UTF_8);
        }
        return new vn.khlt.pipeline.Pipeline(Plans.defaultPlan()).validate(List.of(dir), ReadOptions.none(), options);
    }

    private Validation validate(String... files) throws IOException {
        return validate(ValidationOptions.defaults(), files);
    }

    private static List<String> flat(Validation v) {
        return v.issues().stream()
                .map(i -> (i.location().file().isEmpty() ? "" : Path.of(i.location().file()).getFileName() + " ")
                        + i.location().cell() + " " + i.code())
                .collect(Collectors.toList());
    }

    @Test
    void aCleanFileHasNoIssuesAndEveryFigureCounts() throws IOException {
        Validation v = validate("HND_2017.csv", "Đơn vị,CT08,CT11 tử số,CT11 mẫu số\nBa Tri,1130,60,100\n");
        assertThat(flat(v)).isEmpty();
        assertThat(v.hasErrors()).isFalse();
        assertThat(v.facts().asMap()).hasSize(2);
        Fact ct11 = v.facts().get(new FactKey("HND", "BA-TRI", 2017, "CT11")).orElseThrow();
        assertThat(ct11.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("60"));
        assertThat(ct11.sources()).extracting(Location::cell).containsExactly("C2", "D2");
    }

    @Test
    void negative() throws IOException {
        assertThat(flat(validate("HND_2017.csv", "Đơn vị,CT08\nBa Tri,-5\n"))).containsExactly("HND_2017.csv B2 negative");
    }

    @Test
    void fractionInACount() throws IOException {
        Validation v = validate("HND_2017.csv", "Đơn vị,CT09\nBa Tri,\"2,5\"\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 fraction-in-count");
        assertThat(v.issues().get(0).message().vi()).isEqualTo(
                "CT09 đếm căn nên phải là số nguyên, không phải 2,5. Nếu đây là tỷ lệ phần trăm, ghi số đếm thay vào");
        assertThat(v.facts().asMap()).isEmpty();
    }

    @Test
    void yesNoOtherThanZeroOrOne() throws IOException {
        assertThat(flat(validate("HND_2017.csv", "Đơn vị,CT13\nBa Tri,2\nChợ Lách,1\n")))
                .containsExactly("HND_2017.csv B2 not-yes-no");
    }

    @Test
    void numeratorAboveDenominator() throws IOException {
        assertThat(flat(validate("HND_2017.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,120,100\n")))
                .containsExactly("HND_2017.csv B2 numerator-above-denominator");
    }

    @Test
    void zeroDenominatorUnderANonZeroNumerator() throws IOException {
        assertThat(flat(validate("HND_2017.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,10,0\nChợ Lách,0,0\n")))
                .containsExactly("HND_2017.csv C2 zero-denominator");
    }

    @Test
    void aRateWithOnlyOnePart() throws IOException {
        assertThat(flat(validate("HND_2017.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,10,\nChợ Lách,,50\n")))
                .containsExactly("HND_2017.csv C2 incomplete-rate", "HND_2017.csv B3 incomplete-rate");
    }

    @Test
    void aYearOutsideThePeriod() throws IOException {
        assertThat(flat(validate("HND.csv", "Năm,Đơn vị,CT08\n2021,Ba Tri,5\n2020,Ba Tri,5\n")))
                .containsExactly("HND.csv C2 year-outside-period");
    }

    @Test
    void anIndicatorReportedWhereThePlanDoesNotExpectIt() throws IOException {
        Validation v = validate("HND_2017.csv", "Đơn vị,CT16\nCấp tỉnh,2\nBa Tri,1\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 not-expected");
        assertThat(v.facts().asMap()).containsOnlyKeys(new FactKey("HND", "BA-TRI", 2017, "CT16"));
    }

    @Test
    void theSameFigureTwiceCountsOnceWithAWarning() throws IOException {
        Validation v = validate("a/HND_2017.csv", "Đơn vị,CT08\nBa Tri,1130\n", "b/HND_2017.csv", "Đơn vị,CT08\nBa Tri,\"1.130\"\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 duplicate");
        assertThat(v.issues().get(0).location().file()).endsWith("b/HND_2017.csv");
        assertThat(v.issues().get(0).message().en()).contains("a/HND_2017.csv › B2");
        assertThat(v.facts().asMap()).hasSize(1);
    }

    @Test
    void theSameFigureOnTwoRowsOfOneTableCountsNeitherTime() throws IOException {
        // "Ba Tri" under "I. Các xã điểm" and again under "II. Các xã còn lại": a copy, or two parts of its figure
        Validation v = validate("HND_2017.csv", "STT,Đơn vị,CT08,CT09\nI,Các xã điểm,,\n1,Ba Tri,10,1\n2,Chợ Lách,15,2\n"
                + "II,Các xã còn lại,,\n1,Ba Tri,10,2\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv C6 conflicting-duplicate", "HND_2017.csv D6 conflicting-duplicate");
        assertThat(v.issues().get(0).message().vi()).contains("hai dòng của cùng một bảng (C3 và C6");
        assertThat(v.facts().asMap()).containsOnlyKeys(new FactKey("HND", "CHO-LACH", 2017, "CT08"),
                new FactKey("HND", "CHO-LACH", 2017, "CT09"));
    }

    @Test
    void twoDifferentFiguresForTheSameThingAreAnErrorNamingBothPlacesAndNeitherCounts() throws IOException {
        Validation v = validate("a/HND_2017.csv", "Đơn vị,CT08\nBa Tri,1130\n",
                "b/HND_2017.csv", "Đơn vị,CT08\nBa Tri,1310\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 conflicting-duplicate");
        assertThat(v.issues().get(0).message().vi()).contains("a/HND_2017.csv › B2", "1.310 so với 1.130");
        assertThat(v.facts().asMap()).isEmpty();
        assertThat(v.hasErrors()).isTrue();
    }

    @Test
    void aCopyOfAFigureAlreadyInConflictIsNotSaidToDiffer() throws IOException {
        // a report sent twice, each copy with Ba Tri's row twice: the second file's 10 equals the first's
        Validation v = validate("a/HND_2017.csv", "Đơn vị,CT08\nBa Tri,10\nBa Tri,10\n",
                "b/HND_2017.csv", "Đơn vị,CT08\nBa Tri,10\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B3 conflicting-duplicate", "HND_2017.csv B2 conflicting-duplicate");
        assertThat(v.issues().get(1).location().file()).endsWith("b/HND_2017.csv");
        assertThat(v.issues().get(1).message().vi()).contains("(10) bằng số đã báo cáo ở ", "a/HND_2017.csv › B2")
                .doesNotContain("khác với");
        assertThat(v.facts().asMap()).isEmpty();
    }

    @Test
    void aFlowThatJumpsIsAWarningAndStillCounts() throws IOException {
        Validation v = validate("HND_2016.csv", "Đơn vị,CT08\nBa Tri,100\nChợ Lách,100\n",
                "HND_2017.csv", "Đơn vị,CT08\nBa Tri,1000\nChợ Lách,250\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 flow-jump");
        assertThat(v.facts().asMap()).hasSize(4);
        assertThat(v.hasErrors()).isFalse();
    }

    /** One house, then none; two, then seven: small counts move so as a matter of course. Eleven from three does not. */
    @Test
    void smallCountsDoNotJump() throws IOException {
        Validation v = validate("HND_2016.csv", "Đơn vị,CT09\nBa Tri,1\nChợ Lách,2\nThạnh Phú,3\n",
                "HND_2017.csv", "Đơn vị,CT09\nBa Tri,0\nChợ Lách,7\nThạnh Phú,11\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B4 flow-jump");
    }

    @Test
    void theJumpFactorIsConfigurable() throws IOException {
        Validation v = validate(new ValidationOptions(java.math.BigDecimal.valueOf(2), Optional.empty(), false),
                "HND_2016.csv", "Đơn vị,CT08\nChợ Lách,100\n", "HND_2017.csv", "Đơn vị,CT08\nChợ Lách,250\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 flow-jump");
    }

    @Test
    void aStockThatFallsIsAWarning() throws IOException {
        Validation v = validate("HND_2016.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,80,100\n",
                "HND_2017.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,60,100\n");
        assertThat(flat(v)).containsExactly("HND_2017.csv B2 stock-fall");
    }

    @Test
    void aRateIsComparedAsAFractionWhateverItsDenominator() throws IOException {
        // 80/100 = 80 %; 81/110 = 73.6 %: more members, a lower rate
        Validation fell = validate("HND_2016.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,80,100\n",
                "HND_2017.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,81,110\n");
        assertThat(flat(fell)).containsExactly("HND_2017.csv B2 stock-fall");
        // 80/100 = 80 %; 90/110 = 81.8 %; and a year whose denominator is 0 compares with nothing
        Validation rose = validate("HND_2016.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,80,100\nChợ Lách,5,10\n",
                "HND_2017.csv", "Đơn vị,CT11 tử số,CT11 mẫu số\nBa Tri,90,110\nChợ Lách,0,0\n");
        assertThat(flat(rose)).doesNotContain("HND_2017.csv B2 stock-fall", "HND_2017.csv B3 stock-fall");
    }

    @Test
    void aFallingPovertyRateIsNoWarning() throws IOException {
        Validation v = validate("tinh-2016.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,9000,100000\n",
                "tinh-2017.csv", "Đơn vị,CT02 tử số,CT02 mẫu số\nCấp tỉnh,7000,100000\n");
        assertThat(flat(v)).isEmpty();
    }

    @Test
    void completenessCountsWhoSentWhat() throws IOException {
        Validation v = validate("HND_2016.csv", "Đơn vị,CT08,CT09\nBa Tri,100,\nChợ Lách,-1,2\n");
        Completeness hnd = v.completeness().stream().filter(c -> c.owner().equals("HND")).findFirst().orElseThrow();
        assertThat(hnd).isEqualTo(new Completeness("HND", 2016, 168, 3, 2));
        assertThat(hnd.percent()).isEqualByComparingTo("1.8");
        assertThat(v.completeness()).extracting(Completeness::owner).containsExactly("HLHPN", "HND", "HCCB", "DTN", "province");
    }

    @Test
    void missingFiguresAreListedOnRequest() throws IOException {
        Validation v = validate(new ValidationOptions(ValidationOptions.DEFAULT_JUMP_FACTOR, Optional.empty(), true),
                "tinh-2016.csv", "Đơn vị,CT01\nCấp tỉnh,20\n");
        assertThat(v.issues()).filteredOn(i -> i.code().equals("not-submitted")).hasSize(4 * 168 + 2)
                .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.NOTE));
        assertThat(v.issues().get(0).message().vi()).isEqualTo("Chưa có số liệu: HLHPN, Cấp tỉnh, năm 2016, CT04");
    }

    @Test
    void issuesComeInReadingOrder() throws IOException {
        Validation v = validate("HND_2017.csv", "Đơn vị,CT08,CT09\nBa Tri,-1,x\nChợ Lách,2,-3\n",
                "DTN_2017.csv", "Đơn vị,CT08\nBa Tri,-1\n");
        assertThat(flat(v)).containsExactly("DTN_2017.csv B2 negative", "HND_2017.csv B2 negative",
                "HND_2017.csv C2 not-a-number", "HND_2017.csv C3 negative");
    }
}
