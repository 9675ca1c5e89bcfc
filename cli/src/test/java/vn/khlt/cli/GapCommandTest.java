package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

class GapCommandTest {

    @TempDir
    Path dir;

    /** The units of the plan other than Ba Tri and Chợ Lách, each with a return of zeros. */
    private static final String OTHERS = "Cấp tỉnh,0,0\nTP. Bến Tre,0,0\nChâu Thành,0,0\nMỏ Cày Nam,0,0\nMỏ Cày Bắc,0,0\n"
            + "Giồng Trôm,0,0\nBình Đại,0,0\nThạnh Phú,0,0\n";

    /**
     * The worked example of docs/gap-analysis.md: HND's districts report 980, 1,130 and 1,240
     * households; every other unit sends its return with zeros.
     */
    @BeforeEach
    void workedExample() throws IOException {
        write("HND_2016.csv", "Đơn vị,CT08,CT09\nBa Tri,500,2\nChợ Lách,480,3\n" + OTHERS);
        write("HND_2017.csv", "Đơn vị,CT08,CT09\nBa Tri,600,2\nChợ Lách,530,1\n" + OTHERS);
        write("HND_2018.csv", "Đơn vị,CT08,CT09\nBa Tri,700,2\nChợ Lách,540,3\n" + OTHERS);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void howFarIsTheFarmersAssociationFromItsHouseholds() {
        Run run = Run.of("gap", dir.toString(), "--association", "HND", "--indicator", "CT08");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Khoảng cách đến mục tiêu, tính đến năm 2018 — 02/KHLT\n");
        assertThat(run.out().replaceAll(" {2,}", " | ")).contains(
                "CT08 | HND | ≥ 5.560 cộng dồn 2016–2020 | 3.350 | 3.336 | 2.210 | 60,3% | Đúng tiến độ | 30/30 đơn vị-năm | 1.105 | 1.116,7 | 5.583");
        assertThat(run.out().lines().filter(l -> l.startsWith("CT"))).hasSize(1);
    }

    /** The worked example in CSV: numbers as machines read them, the same as the JSON's, never 3.350 or 1.116,7. */
    @Test
    void csvNumbersAreMachineReadable() {
        Run run = Run.of("gap", dir.toString(), "--association", "HND", "--indicator", "CT08", "--as-of", "2018",
                "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).element(1).asString()
                .startsWith("CT08,HND,≥ 5.560 cộng dồn 2016–2020,3350,3336,2210,60.2518,Đúng tiến độ,30/30 đơn vị-năm,1105,1116.6667,5583.3333");
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Run run = Run.of("gap", dir.toString(), "--format", "json", "--as-of", "2018");
        JsonNode json = Json.read(run.out());
        assertThat(json.path("plan").asText()).isEqualTo("bentre-02-khlt-2016");
        assertThat(json.path("asOf").asInt()).isEqualTo(2018);
        JsonNode hnd = null;
        for (JsonNode row : json.path("rows")) {
            assertThat(row.has("indicator") && row.has("scope") && row.has("target") && row.has("actual")
                    && row.has("expectedByNow") && row.has("gap") && row.has("percent") && row.has("status")
                    && row.has("requiredAnnualPace") && row.has("actualAnnualPace") && row.has("projectedEnd")).isTrue();
            if (row.path("indicator").asText().equals("CT08") && row.path("scope").asText().equals("HND")) {
                hnd = row;
            }
        }
        assertThat(hnd).isNotNull();
        assertThat(hnd.path("actual").decimalValue()).isEqualByComparingTo("3350");
        assertThat(hnd.path("expectedByNow").decimalValue()).isEqualByComparingTo("3336");
        assertThat(hnd.path("gap").decimalValue()).isEqualByComparingTo("2210");
        assertThat(hnd.path("requiredAnnualPace").decimalValue()).isEqualByComparingTo("1105");
        assertThat(hnd.path("actualAnnualPace").decimalValue()).isEqualByComparingTo("1116.6667");
        assertThat(hnd.path("projectedEnd").decimalValue()).isEqualByComparingTo("5583.3333");
        assertThat(hnd.path("status").asText()).isEqualTo("on_track");
        assertThat(hnd.path("coverage").path("expected").asInt()).isEqualTo(30);
        assertThat(hnd.path("coverage").path("complete").asBoolean()).isTrue();
        assertThat(json.path("rows")).extracting(r -> r.path("scope").asText()).contains("joint", "province", "HLHPN");
    }

    @Test
    void onlyWhatIsBehind() {
        Run run = Run.of("gap", dir.toString(), "--status", "off_track,needs_acceleration,not_achieved", "--lang", "en");
        assertThat(run.out().lines().filter(l -> l.startsWith("CT"))).isNotEmpty().allSatisfy(l ->
                assertThat(l).containsAnyOf("Off track", "Needs acceleration", "Not achieved"));
        assertThat(run.out().replaceAll(" +", " ")).contains("CT09 HND"); // 5 houses in 2017: that year missed
        // the joint count holds HND's figures only: it waits for the other three associations
        Run waiting = Run.of("gap", dir.toString(), "--status", "incomplete", "--lang", "en", "--indicator", "CT08");
        assertThat(waiting.out().replaceAll(" {2,}", " | ")).contains("CT08 | joint |")
                .contains("30/120 unit-years, 1/4 associations")
                .contains("as the figures stand: Off track; missing HLHPN: all 30 unit-years, no return; HCCB: all 30");
    }

    @Test
    void anEarlierYear() {
        Run run = Run.of("gap", dir.toString(), "--as-of", "2016", "--association", "HND", "--indicator", "CT08", "--lang", "en");
        assertThat(run.out().replaceAll(" {2,}", " | ")).contains("CT08 | HND | ≥ 5,560 in total 2016–2020 | 980 | 1,112 |");
    }

    @Test
    void rankingByAssociationPutsTheFurthestBehindFirst() throws IOException {
        write("DTN_2018.csv", "Đơn vị,CT08\nBa Tri,300\n");
        Run run = Run.of("gap", dir.toString(), "--by", "association", "--indicator", "CT08", "--format", "csv");
        assertThat(run.out().lines().skip(1).map(l -> l.split(",")[1]).toList())
                .containsExactly("HLHPN", "HCCB", "liên tịch", "HND", "DTN");
    }

    @Test
    void dataErrorsGiveExitOneAndTheFiguresStillShow() throws IOException {
        write("HND_2019.csv", "Đơn vị,CT08\nBa Tri,-5\n");
        Run run = Run.of("gap", dir.toString(), "--as-of", "2018", "--association", "HND", "--indicator", "CT08");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("3.350");
        assertThat(run.err()).contains("1 lỗi trong số liệu đầu vào");
    }

    @Test
    void badQuestionsAreBadUsage() {
        assertThat(Run.of("gap", dir.toString(), "--status", "late").exitCode()).isEqualTo(2);
        assertThat(Run.of("gap", dir.toString(), "--indicator", "CT99").exitCode()).isEqualTo(2);
        assertThat(Run.of("gap", dir.toString(), "--association", "XYZ").exitCode()).isEqualTo(2);
    }

    @Test
    void theUnitsThatHoldATargetBack() throws IOException {
        Run run = Run.of("gap", dir.toString(), "--by", "unit", "--indicator", "CT08", "--association", "HND",
                "--format", "json");
        JsonNode units = Json.read(run.out()).path("units");
        assertThat(units).isNotEmpty();
        assertThat(units.get(0).path("unit").asText()).isEqualTo("TINH"); // nothing reported at province level
        assertThat(units.get(0).path("shortfall").decimalValue()).isEqualByComparingTo("333.6"); // 3,336 ÷ 10 units
    }

    /** Values that name things of the plan are taken in Vietnamese, with or without accents, as well as in English. */
    @Test
    void optionValuesInVietnamese() {
        String english = Run.of("gap", dir.toString(), "--status", "off_track", "--format", "csv").out();
        for (String word : List.of("chậm tiến độ", "cham tien do", "Chậm-tiến-độ", "OFF_TRACK", "Off track")) {
            assertThat(Run.of("gap", dir.toString(), "--status", word, "--format", "csv").out()).as(word).isEqualTo(english);
        }
        String units = Run.of("gap", dir.toString(), "--by", "unit", "--indicator", "CT08", "--format", "csv").out();
        for (String word : List.of("huyện", "huyen", "đơn vị")) {
            assertThat(Run.of("gap", dir.toString(), "--by", word, "--indicator", "CT08", "--format", "csv").out()).as(word)
                    .isEqualTo(units);
        }
        assertThat(Run.of("gap", dir.toString(), "--by", "hội", "--format", "csv").exitCode()).isZero();
        assertThat(Run.of("gap", dir.toString(), "--by", "tỉnh").exitCode()).isEqualTo(2);
    }
}
