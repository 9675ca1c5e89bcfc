package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private static final String FAULTY = Golden.SAMPLES.resolve("with-errors").toString();

    @Test
    void theFaultySamplesGiveTheirExpectedReport() throws IOException {
        Run run = Run.of("validate", FAULTY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        Golden.assertMatches(run.out(), "with-errors-validate.txt");
    }

    @Test
    void theFaultySamplesAsJson() throws IOException {
        Run run = Run.of("validate", FAULTY, "--format", "json", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        Golden.assertMatches(run.out(), "with-errors-validate.json");
        JsonNode json = Json.read(run.out());
        JsonNode first = json.path("issues").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("code", "severity", "file", "sheet", "row", "column", "message");
        assertThat(json.path("summary").path("errors").asInt()).isPositive();
        assertThat(json.path("summary").path("partial").asBoolean()).isFalse();
        assertThat(run.err()).startsWith("Result: ");
    }

    @Test
    void aCleanFolderExitsZero() throws IOException {
        Files.writeString(dir.resolve("HND_2017.csv"), "Đơn vị,CT08\nBa Tri,1130\n", StandardCharsets.UTF_8);
        Run run = Run.of("validate", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Kết quả: 1 tệp, 1 số liệu đã đọc, 1 được tính; 0 lỗi, 0 cảnh báo, 0 ghi chú.");
    }

    @Test
    void warningsAloneStillExitZero() throws IOException {
        Files.writeString(dir.resolve("HND_2017.csv"), "Đơn vị,CT08,Thừa\nBa Tri,1130,x\n", StandardCharsets.UTF_8);
        Run run = Run.of("validate", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[unknown-column]");
    }

    @Test
    void severityErrorShowsOnlyErrorsButCountsAll() {
        Run run = Run.of("validate", FAULTY, "--severity", "error");
        assertThat(run.out()).doesNotContain("cảnh báo  [", "ghi chú  [").contains("lỗi  [", "9 cảnh báo");
    }

    @Test
    void maxIssuesSaysTheListIsPartial() throws IOException {
        Run run = Run.of("validate", FAULTY, "--max-issues", "3", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Only 3 of 42 issues shown (--max-issues).");
        assertThat(run.out().lines().filter(l -> l.contains("  ["))).hasSize(3);
        JsonNode json = Json.read(Run.of("validate", FAULTY, "--max-issues", "3", "--format", "json").out());
        assertThat(json.path("issues")).hasSize(3);
        assertThat(json.path("summary").path("partial").asBoolean()).isTrue();
        assertThat(json.path("summary").path("issues").asInt()).isEqualTo(42);
    }

    @Test
    void csvForExcelHasOneIssueARow() throws IOException {
        Path out = dir.resolve("issues.csv");
        Run run = Run.of("validate", FAULTY, "--format", "csv", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMức độ,Mã,Tệp,Trang tính,Dòng,Cột,Nội dung\r\n");
        assertThat(csv.lines().count()).isEqualTo(43);
        assertThat(csv).contains("lỗi,negative,../samples/with-errors/HND_2017_Ba-Tri.csv,,3,B,");
    }

    @Test
    void missingListsEveryExpectedFigureNobodySent() {
        Run run = Run.of("validate", FAULTY, "--missing", "--format", "csv", "--severity", "note");
        assertThat(run.out()).contains("not-submitted", "Chưa có số liệu: HCCB, Huyện Thạnh Phú, năm 2019, CT20");
    }

    @Test
    void quietPrintsNothingWhenClean() throws IOException {
        Files.writeString(dir.resolve("HND_2017.csv"), "Đơn vị,CT08\nBa Tri,1130\n", StandardCharsets.UTF_8);
        Run run = Run.of("validate", dir.toString(), "-q");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badOptionsAreBadUsage() {
        assertThat(Run.of("validate", FAULTY, "--severity", "fatal").exitCode()).isEqualTo(2);
        assertThat(Run.of("validate", FAULTY, "--max-issues", "-1").exitCode()).isEqualTo(2);
        assertThat(Run.of("validate", FAULTY, "--format", "xlsx").exitCode()).isEqualTo(2);
    }

    /** Inputs are read-only: -o naming an input, or a file inside a folder of inputs, is refused and the input kept. */
    @Test
    void anOutputOverOrInsideTheInputsIsRefused() throws IOException {
        Path inbox = java.nio.file.Files.createDirectories(dir.resolve("hop-thu"));
        Path input = inbox.resolve("HND_2019.csv");
        java.nio.file.Files.writeString(input, "Đơn vị,CT08\nBa Tri,5\n", java.nio.charset.StandardCharsets.UTF_8);
        Run over = Run.of("validate", input.toString(), "-o", input.toString());
        assertThat(over.exitCode()).isEqualTo(3);
        assertThat(over.err()).contains("khlt không bao giờ ghi đè hay ghi vào số liệu đầu vào");
        assertThat(java.nio.file.Files.readString(input, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Đơn vị,CT08\nBa Tri,5\n");
        Run inside = Run.of("gap", inbox.toString(), "--format", "csv", "-o", inbox.resolve("khoang-cach.csv").toString(),
                "--lang", "en");
        assertThat(inside.exitCode()).isEqualTo(3);
        assertThat(inside.err()).contains("never writes over or into its inputs");
        assertThat(java.nio.file.Files.exists(inbox.resolve("khoang-cach.csv"))).isFalse();
        Run report = Run.of("report", "--year", "2019", inbox.toString(), "--out", inbox.toString());
        assertThat(report.exitCode()).isEqualTo(3);
        Run inReport = Run.of("report", "--year", "2019", inbox.toString(), "--out", inbox.resolve("bao-cao").toString());
        assertThat(inReport.exitCode()).isEqualTo(3);
        try (var files = java.nio.file.Files.list(inbox)) {
            assertThat(files).containsExactly(input);
        }
        assertThat(Run.of("validate", inbox.toString(), "-o", dir.resolve("van-de.txt").toString()).exitCode()).isZero();
    }

    /** The same finding on many cells is one group in text (its first places and a count); --all and CSV list them all. */
    @Test
    void theSameFindingOnManyCellsIsGrouped() throws IOException {
        StringBuilder csv = new StringBuilder("Đơn vị,CT08\n");
        for (String unit : List.of("Ba Tri", "Chợ Lách", "Bình Đại", "Thạnh Phú", "Giồng Trôm", "Châu Thành", "Mỏ Cày Nam",
                "Mỏ Cày Bắc")) {
            csv.append(unit).append(",nhiều\n");
        }
        Path file = dir.resolve("HND_2019.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Run grouped = Run.of("validate", file.toString());
        assertThat(grouped.out().lines().filter(l -> l.contains("[not-a-number]"))).hasSize(4);
        assertThat(grouped.out()).contains("… và 5 chỗ khác cùng loại (xem đủ: --all, hoặc --format csv)");
        assertThat(Run.of("validate", file.toString(), "--all").out().lines().filter(l -> l.contains("[not-a-number]")))
                .hasSize(8);
        assertThat(Run.of("validate", file.toString(), "--format", "csv").out().lines().filter(l -> l.contains("not-a-number")))
                .hasSize(8);
    }
}
