package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

class TemplateCommandTest {

    @TempDir
    Path dir;

    private Path template() {
        Path file = dir.resolve("HND_2019.xlsx");
        Run run = Run.of("template", "--association", "Hội Nông dân", "--year", "2019", "-o", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + "\n");
        return file;
    }

    @Test
    void theFormHasInstructionsATitleBlockAUnitPerRowAndLockedHeaders() throws IOException {
        try (InputStream in = Files.newInputStream(template()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Hướng dẫn");
            XSSFSheet data = wb.getSheet("Báo cáo");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("HỘI NÔNG DÂN TỈNH");
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).endsWith("NĂM 2019");
            assertThat(data.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Cấp tỉnh");
            assertThat(data.getRow(15).getCell(0).getStringCellValue()).isEqualTo("Huyện Thạnh Phú");
            assertThat(data.getRow(16).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(data.getRow(16).getCell(1).getCellFormula()).isEqualTo("SUM(B7:B16)");
            assertThat(data.getRow(5).getCell(1).getStringCellValue()).startsWith("Tử số: ");
            assertThat(data.getRow(5).getCell(2).getStringCellValue()).startsWith("Mẫu số: ");
            assertThat(data.getProtect()).isTrue();
            assertThat(data.getRow(6).getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(data.getRow(6).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(data.getDataValidations()).isNotEmpty();
            java.util.Set<String> ruled = new java.util.HashSet<>();
            for (var validation : data.getDataValidations()) {
                for (var range : validation.getRegions().getCellRangeAddresses()) {
                    for (var cell : range) {
                        assertThat(ruled.add(cell.formatAsString())).as("one rule for " + cell.formatAsString()).isTrue();
                    }
                }
            }
            assertThat(data.getDataValidations().get(0).getErrorBoxText()).contains("số nguyên");
        }
    }

    /** Fill every input cell, save as an officer would, read back: every figure comes back at its place. */
    @Test
    void aFilledFormIsReadBackExactly() throws IOException {
        Path file = template();
        Map<String, Integer> written = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("Báo cáo");
            for (int r = 6; r <= 15; r++) {
                XSSFRow row = data.getRow(r);
                for (int c = 1; c < row.getLastCellNum(); c++) {
                    XSSFCell cell = row.getCell(c);
                    if (cell != null && !cell.getCellStyle().getLocked()) {
                        String header = data.getRow(5).getCell(c).getStringCellValue();
                        int value = header.startsWith("Mẫu số") ? 1000 + r * 10 + c : header.startsWith("Tử số") ? r * 10 + c
                                : data.getRow(4).getCell(c).getStringCellValue().startsWith("CT13") ? r % 2 : r * 100 + c;
                        cell.setCellValue(value);
                        written.put(cell.getReference(), value);
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Run run = Run.of("inspect", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        Map<String, Integer> read = new HashMap<>();
        for (JsonNode record : Json.read(run.out()).path("records")) {
            if (record.path("missing").asBoolean()) {
                continue;
            }
            if (record.has("value")) {
                read.put(record.path("source").path("column").asText() + record.path("source").path("row").asInt(),
                        record.path("value").asInt());
            } else {
                read.put(record.path("source").path("column").asText() + record.path("source").path("row").asInt(),
                        record.path("numerator").asInt());
                read.put(record.path("denominatorSource").path("column").asText() + record.path("denominatorSource").path("row").asInt(),
                        record.path("denominator").asInt());
            }
            assertThat(record.path("association").asText()).isEqualTo("HND");
            assertThat(record.path("year").asInt()).isEqualTo(2019);
        }
        assertThat(read).isEqualTo(written);
        assertThat(Run.of("validate", file.toString()).exitCode()).isZero();
    }

    /**
     * A DTN form for 2018, filled, then opened and saved again by LibreOffice Calc (which rewrites
     * the whole file: shared strings, styles, merged cells), is read back to the same figures as
     * the form khlt wrote with the same numbers.
     */
    @Test
    void aFormSavedAgainByLibreOfficeIsReadBackExactly() throws IOException {
        Path resaved = Golden.SAMPLES.resolve("templates/DTN_2018-filled-libreoffice.xlsx");
        Run run = Run.of("inspect", resaved.toString(), "--format", "csv");
        assertThat(run.exitCode()).isZero();
        String figures = run.out().lines().map(l -> String.join(",", java.util.Arrays.copyOf(l.split(",", -1), 7)))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Golden.assertMatches(figures, "DTN_2018-filled-libreoffice.csv");
        assertThat(figures).contains("DTN,BA-TRI,2018,CT04,,114,514", "DTN,THANH-PHU,2018,CT13,1,,");
        assertThat(Run.of("validate", resaved.toString()).exitCode()).isZero();
    }

    @Test
    void csvForOfficesThatWorkInCsv() throws IOException {
        Path file = dir.resolve("HND_2019.csv");
        Run run = Run.of("template", "--association", "HND", "--year", "2019", "--format", "csv", "-o", file.toString());
        assertThat(run.exitCode()).isZero();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFĐoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị,Tử số,Mẫu số,Ghi chú\r\nHND,Cấp tỉnh,2019,CT04,,,,\r\n");
        assertThat(csv.lines().count()).isEqualTo(1 + 15 * 10 + 2 * 9);
        assertThat(Run.of("validate", file.toString()).exitCode()).isZero();
    }

    /** A filled-in return is never replaced by an empty form: exit 3 and how to go on; --force replaces it. */
    @Test
    void anExistingFileIsNeverReplacedWithoutForce() throws IOException {
        Path file = dir.resolve("HND_2019.xlsx");
        Files.writeString(file, "a filled-in return", StandardCharsets.UTF_8);
        Run run = Run.of("template", "--association", "HND", "--year", "2019", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("đã có tệp " + file).contains("--force").doesNotContain("Exception");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a filled-in return");
        assertThat(Run.of("template", "--association", "HND", "--year", "2019", "-o", file.toString(), "--lang", "en").err())
                .contains("already exists");
        Run forced = Run.of("template", "--association", "HND", "--year", "2019", "-o", file.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.size(file)).isGreaterThan(1000);
    }

    @Test
    void unknownAssociationIsBadUsage() {
        assertThat(Run.of("template", "--association", "XYZ", "--year", "2019").exitCode()).isEqualTo(2);
        assertThat(Run.of("template", "--association", "HND", "--year", "2031").exitCode()).isEqualTo(2);
    }
}
