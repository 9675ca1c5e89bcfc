package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

class InspectCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void showsEachValueWithItsSource() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT08,CT04 tử số,CT04 mẫu số\nBa Tri,\"1.130\",\"3.987\",\"4.120\"\nChợ Lách,,,\n");
        Run run = Run.of("inspect", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll(" +", " ")).contains(
                "HND Huyện Ba Tri 2017 CT08 1.130 " + file + " › B2",
                "HND Huyện Ba Tri 2017 CT04 3.987 4.120 " + file + " › C2",
                "HND Huyện Chợ Lách 2017 CT08 (trống) " + file + " › B3",
                "HND Huyện Chợ Lách 2017 CT04 (trống) (trống) " + file + " › C3");
        assertThat(run.err()).isEqualTo("Đã đọc 1 tệp: 4 số liệu, 0 lỗi, 0 cảnh báo\n");
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT08,CT04 tử số,CT04 mẫu số\nBa Tri,\"1.130\",\"3.987\",\"4.120\"\n");
        Run run = Run.of("inspect", file.toString(), "--format", "json");
        JsonNode records = Json.read(run.out()).path("records");
        assertThat(records).hasSize(2);
        JsonNode count = records.get(0);
        assertThat(count.path("association").asText()).isEqualTo("HND");
        assertThat(count.path("unit").asText()).isEqualTo("BA-TRI");
        assertThat(count.path("year").asInt()).isEqualTo(2017);
        assertThat(count.path("indicator").asText()).isEqualTo("CT08");
        assertThat(count.path("value").decimalValue()).isEqualByComparingTo("1130");
        assertThat(count.path("source").path("file").asText()).isEqualTo(file.toString());
        assertThat(count.path("source").path("sheet").isNull()).isTrue();
        assertThat(count.path("source").path("row").asInt()).isEqualTo(2);
        assertThat(count.path("source").path("column").asText()).isEqualTo("B");
        JsonNode rate = records.get(1);
        assertThat(rate.has("value")).isFalse();
        assertThat(rate.path("numerator").decimalValue()).isEqualByComparingTo("3987");
        assertThat(rate.path("denominator").decimalValue()).isEqualByComparingTo("4120");
        assertThat(rate.path("denominatorSource").path("column").asText()).isEqualTo("D");
    }

    /** --explain says what was understood of a table: its header, each column's role and why, whose figures, what was passed over. */
    @Test
    void explainSaysWhatWasUnderstoodOfEachTable() {
        String sample = Golden.SAMPLES.resolve("layouts/cot-ket-qua/HND_2019_ke-hoach-thuc-hien.xlsx").toString();
        Run run = Run.of("inspect", "--explain", sample);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(sample + " › Báo cáo\n"
                + "  bảng ngang: mỗi dòng một đơn vị, mỗi chỉ tiêu một cột; tiêu đề ở hàng 4–5\n");
        assertThat(run.out()).contains(
                "    C 'CT08 - Hộ đăng ký theo Đề án 4190 / Kế hoạch': không đọc\n",
                "    D 'Thực hiện': CT08 (Hộ đăng ký đề án đa dạng sinh kế): số liệu\n",
                "    đoàn thể HND (tên tệp HND_2019_ke-hoach-thuc-hien.xlsx)\n",
                "    hàng 9: dòng tổng, đối chiếu với các dòng đơn vị, không tính\n");
        Run english = Run.of("inspect", "--explain", sample, "--lang", "en");
        assertThat(english.out()).contains("    D 'Thực hiện': CT08 (Households registered (Scheme 4190)): the figure\n",
                "    row 9: a total row, checked against the units' rows, not counted\n");
    }

    /** --explain --format json: the same explanation, a table an object, for a program to read. */
    @Test
    void explainAsJson() throws IOException {
        String shifted = Golden.SAMPLES.resolve("layouts/csv-van-phong/DTN_2019_lech-cot.csv").toString();
        Path empty = write("HND_2019.csv", "Ghi chú\n");
        Run run = Run.of("inspect", "--explain", "--format", "json", shifted, empty.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERRORS.code);
        JsonNode json = Json.read(run.out());
        JsonNode table = json.path("tables").get(0);
        assertThat(table.path("file").asText()).isEqualTo(shifted);
        assertThat(table.path("sheet").isNull()).isTrue();
        assertThat(table.path("firstHeaderRow").asInt()).isEqualTo(1);
        assertThat(table.path("columns").get(1).asText()).startsWith("B 'CT08': CT08 (");
        assertThat(table.path("skipped").get(0).asText()).isEqualTo("line 2: its cells have shifted, not read");
        assertThat(table.path("issues").get(0).path("code").asText()).isEqualTo("shifted-row");
        assertThat(table.path("issues").get(0).path("column").asText()).isEqualTo("D");
        assertThat(json.path("unread").get(0).path("file").asText()).isEqualTo(empty.toString());
        assertThat(json.path("unread").get(0).path("issues").get(0).path("code").asText()).isEqualTo("no-header");
        Run csv = Run.of("inspect", "--explain", "--format", "csv", shifted);
        assertThat(csv.exitCode()).isEqualTo(ExitCode.USAGE.code);
    }

    /** --header-rows says where the header is; rows that hold none are said to, and nothing is read. */
    @Test
    void theHeaderRowsCanBeSaid() throws IOException {
        Path file = write("HND_2019.csv", "HỘI NÔNG DÂN TỈNH BẾN TRE\nGhi chú\nĐơn vị,CT08\nBa Tri,100\n");
        Run right = Run.of("inspect", "--header-rows", "3", file.toString(), "--format", "csv");
        assertThat(right.exitCode()).isZero();
        assertThat(right.out()).contains("HND,BA-TRI,2019,CT08,100,,");
        Run wrong = Run.of("inspect", "--header-rows", "2", file.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.DATA_ERRORS.code);
        assertThat(wrong.err()).contains("Hàng 2 (theo tùy chọn --header-rows) không phải tiêu đề của bảng số liệu");
        Run bad = Run.of("inspect", "--header-rows", "4-7", file.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE.code);
        assertThat(bad.err()).startsWith("khlt: giá trị '4-7' không dùng được cho --header-rows: cần một hàng (4) hoặc"
                + " hai hàng liền nhau (4-5)");
    }

    /**
     * A level's running total from the plan's first year (CT01's communes, CT07's households out of
     * poverty) is refused, saying the option that reads it; with --running-totals it is read, and a
     * flow's running total (CT09's houses, counted each year) is refused all the same.
     */
    @Test
    void aLevelsRunningTotalIsReadWhenAsked() {
        String sample = Golden.SAMPLES.resolve("layouts/cot-ket-qua/HND_Ba-Tri_2019_luy-ke-tu-nam-dau.csv").toString();
        Run refused = Run.of("inspect", sample, "--format", "csv");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA_ERRORS.code);
        assertThat(refused.out().lines().skip(1)).containsExactly("HND,BA-TRI,2019,CT08,12,,," + sample + ",,5,B");
        assertThat(refused.err()).contains("CT01 không được đọc từ bảng này", "đọc được với tùy chọn --running-totals");
        Run asked = Run.of("inspect", "--running-totals", sample, "--format", "csv");
        assertThat(asked.exitCode()).isEqualTo(ExitCode.DATA_ERRORS.code);
        assertThat(asked.out()).contains("HND,BA-TRI,2019,CT08,12,", ",BA-TRI,2019,CT01,5,", "HND,BA-TRI,2019,CT07,,40,100");
        assertThat(asked.out()).doesNotContain("CT09");
        assertThat(asked.err()).contains("CT09 không được đọc từ bảng này").doesNotContain("CT01 không được đọc");
    }

    /** --layout names a layout file: what it says of a file is read as the file's own word; a wrong one stops the run. */
    @Test
    void aLayoutFileCanBeNamed() throws IOException {
        Path file = write("ba-tri-2019.csv", "Đơn vị,CT08\nBa Tri,100\n");
        Path layout = write("bo-cuc.yaml", "forms:\n  - files: \"ba-tri-*.csv\"\n    association: HND\n");
        Run right = Run.of("inspect", "--layout", layout.toString(), file.toString(), "--format", "csv");
        assertThat(right.exitCode()).isZero();
        assertThat(right.out()).contains("HND,BA-TRI,2019,CT08,100,,");
        Path wrong = write("sai.yaml", "forms:\n  - files: \"*.csv\"\n    doanThe: HND\n");
        Run refused = Run.of("inspect", "--layout", wrong.toString(), file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.CANNOT_RUN.code);
        assertThat(refused.err()).contains("Tệp bố cục " + wrong + ":3: trường 'doanThe' không có trong tệp bố cục");
        assertThat(refused.out()).isEmpty();
    }

    /** What inspect shows has passed the same checks as every figure: a figure in error is listed and said. */
    @Test
    void everyFigureReadIsCheckedAsValidateChecksIt() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT08,CT04 tử số,CT04 mẫu số\nBa Tri,-5,\"3.987\",\"4.120\"\n");
        Run run = Run.of("inspect", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERRORS.code);
        assertThat(run.out()).contains("CT08", "-5");
        assertThat(run.err()).contains(file + " › B2: lỗi [negative]");
        assertThat(Run.of("validate", file.toString()).out()).contains("[negative]");
    }

    @Test
    void csvOutputIsReadBackToTheSameFigures() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT08,CT04 tử số,CT04 mẫu số\nBa Tri,\"1.130\",\"3.987\",\"4.120\"\nTP. Bến Tre,7,61,100\n");
        Path csv = dir.resolve("out/long.csv");
        Run first = Run.of("inspect", file.toString(), "--format", "csv", "-o", csv.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFFĐoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị,Tử số,Mẫu số,Tệp,Trang tính,Dòng,Cột\r\n"
                + "HND,BA-TRI,2017,CT08,1130,,," + file + ",,2,B\r\n");
        Run again = Run.of("inspect", csv.toString(), "--format", "json");
        Run original = Run.of("inspect", file.toString(), "--format", "json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).doesNotContain("cảnh báo [");
        assertThat(strip(Json.read(again.out()))).isEqualTo(strip(Json.read(original.out())));
    }

    /** The records without their sources, which differ between a file and its copy. */
    private static String strip(JsonNode root) {
        StringBuilder out = new StringBuilder();
        for (JsonNode record : root.path("records")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) record).remove(java.util.List.of("source", "denominatorSource"));
            out.append(record).append('\n');
        }
        return out.toString();
    }

    @Test
    void dataErrorsExitOneAndAreSaidWithTheirPlaceOnStderr() throws IOException {
        Path bad = write("HND_2017.csv", "Đơn vị,CT08\nBa Tri,nhiều\n");
        Path good = write("DTN_2017.csv", "Đơn vị,CT08\nBa Tri,5\n");
        Run run = Run.of("inspect", bad.toString(), good.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("DTN ", "Ba Tri District");
        assertThat(run.err()).contains(bad + " › B2: error [not-a-number] 'nhiều' is not a number",
                "Read 2 files: 2 figures, 1 error, 0 warnings");
    }

    @Test
    void optionsSayWhatTheFileDoesNot() throws IOException {
        Path file = write("bao-cao.csv", "Đơn vị,CT09\nBa Tri,4\n");
        assertThat(Run.of("inspect", file.toString()).err()).contains("[missing-association]", "[missing-year]");
        Run run = Run.of("inspect", file.toString(), "--association", "Hội Nông dân", "--year", "2018");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll(" +", " ")).contains("HND Huyện Ba Tri 2018 CT09 4");
    }

    @Test
    void anUnknownAssociationOptionIsBadUsage() {
        Run run = Run.of("inspect", dir.toString(), "--association", "Hội Phụ Lão");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--association: không có đoàn thể 'Hội Phụ Lão' (có: HLHPN, HND, HCCB, DTN)");
    }

    @Test
    void aYearOutsideThePlanIsBadUsage() {
        Run run = Run.of("inspect", dir.toString(), "--year", "2030");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
