package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.CsvTable;
import vn.khlt.render.Json;

/**
 * A corpus of broken, odd and malicious files, made here: each must give an issue naming it,
 * the others must still be read, and nothing may crash, leak or hang.
 */
class HostileInputTest {

    private static final String SECRET = "TOP-SECRET-4242";

    @TempDir
    Path dir;

    Path corpus;
    Path secret;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        byte[] good = workbook();
        Files.write(corpus.resolve("HND_2017_ok.xlsx"), good);
        Files.write(corpus.resolve("HND_2018_xxe.xlsx"), replaceSheet(good, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "%s">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>CT09</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c><c r="B2"><v>4</v></c></row>
                </sheetData></worksheet>""".formatted(secret.toUri())));
        Files.write(corpus.resolve("HND_2016_laughs.xlsx"), replaceSheet(good, """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>"""));
        String padding = " ".repeat(40_000_000);
        Files.write(corpus.resolve("HND_2019_bomb.xlsx"), replaceSheet(good,
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + padding + "</sheetData></worksheet>"));
        Files.write(corpus.resolve("HND_2016_truncated.xlsx"), java.util.Arrays.copyOf(good, good.length / 3));
        Files.write(corpus.resolve("HND_2016_garbage.csv"), new byte[] {0x4D, 0x5A, 0x00, 0x00, (byte) 0x90, 0x00, 0x03});
        Files.write(corpus.resolve("HND_2016_empty.csv"), new byte[0]);
        text("HND_2016_header-only.csv", "Đơn vị,CT09\n");
        text("HND_2016_quotes.csv", "Đơn vị,CT09\n\"Ba Tri,4\nChợ Lách,5\n");
        text("HND_2016_line-ends.csv", "Đơn vị,CT09\r\nChâu Thành,4\nMỏ Cày Nam,5\rGiồng Trôm,6\r\n");
        text("HND_2016_numbers.csv", "Đơn vị,CT06,CT08,CT09,CT14,CT15\nBa Tri,NaN,Infinity,1e400," + "9".repeat(5000) + ",-0\n");
        text("HND_2016_big-cell.csv", "Đơn vị,CT09,Ghi chú\nThạnh Phú,4," + "x".repeat(5_000_000) + "\n");
        Files.write(corpus.resolve("HND_2016_bad-utf8.csv"), new byte[] {'U', 'n', 'i', 't', ',', 'C', 'T', '0', '9', '\n',
            'B', 'a', ' ', 'T', 'r', 'i', (byte) 0xC3, (byte) 0x28, ',', '4', '\n'});
        Files.write(corpus.resolve("HND_2016_really-xlsx.csv"), good);
        text("HND_2016_really-csv.xlsx", "Đơn vị,CT09\nChợ Lách,7\n");
        text("HND_2016_web-page.xls", "<html><body><table><tr><td>Đơn vị</td><td>CT09</td></tr></table></body></html>");
        Files.write(corpus.resolve("HND_2016_empty-rows.xlsx"), emptyStyledRows());
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    }

    private void text(String name, String content) throws IOException {
        Files.writeString(corpus.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void everyHostileFileIsAnIssueAndTheOthersAreRead() throws IOException {
        Run run = Run.of("validate", corpus.toString(), "--format", "json", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        Map<String, String> codes = new HashMap<>();
        Map<String, String> messages = new HashMap<>();
        for (JsonNode issue : Json.read(run.out()).path("issues")) {
            String file = issue.path("file").asText();
            codes.merge(file.substring(file.lastIndexOf('/') + 1), issue.path("code").asText(), (a, b) -> a + "," + b);
            messages.merge(file.substring(file.lastIndexOf('/') + 1), issue.path("message").asText(), (a, b) -> a + "\n" + b);
        }
        // a DOCTYPE is named as what it is, never expanded
        assertThat(messages.get("HND_2018_xxe.xlsx")).startsWith("The file's XML declares a DOCTYPE, which Excel never writes");
        assertThat(messages.get("HND_2016_laughs.xlsx")).startsWith("The file's XML declares a DOCTYPE");
        assertThat(codes.get("HND_2018_xxe.xlsx")).contains("corrupt-file");
        assertThat(codes.get("HND_2016_laughs.xlsx")).contains("corrupt-file");
        assertThat(codes.get("HND_2019_bomb.xlsx")).isEqualTo("zip-bomb");
        assertThat(codes.get("HND_2016_truncated.xlsx")).isEqualTo("corrupt-file");
        assertThat(codes.get("HND_2016_quotes.csv")).isEqualTo("corrupt-file"); // a quote never closed
        assertThat(messages.get("HND_2016_quotes.csv")).startsWith("A quote opened on line 2 is never closed");
        assertThat(codes.get("HND_2016_garbage.csv")).isEqualTo("not-a-spreadsheet");
        assertThat(codes.get("HND_2016_empty.csv")).isEqualTo("empty-file");
        assertThat(codes.get("HND_2016_numbers.csv")).isEqualTo("not-a-number,not-a-number,not-a-number,not-a-number");
        // not UTF-8, so read as Windows-1258: the garbled name is a unit it does not know
        assertThat(codes.get("HND_2016_bad-utf8.csv")).isEqualTo("unknown-unit");
        assertThat(codes.get("HND_2016_really-xlsx.csv")).isEqualTo("type-mismatch");
        assertThat(codes.get("HND_2016_really-csv.xlsx")).isEqualTo("type-mismatch");
        // a web page saved under .xls by another program: named as such, never read as CSV
        assertThat(codes.get("HND_2016_web-page.xls")).isEqualTo("not-a-spreadsheet");
        assertThat(messages.get("HND_2016_web-page.xls")).startsWith("The file is a web page (HTML) or XML");
        assertThat(codes.get("HND_2016_header-only.csv")).isEqualTo("no-figures"); // a header alone is said, never silent
        assertThat(codes).doesNotContainKeys("HND_2017_ok.xlsx", "HND_2016_empty-rows.xlsx",
                "HND_2016_line-ends.csv", "HND_2016_big-cell.csv");
        // ok: Ba Tri 2017; really-xlsx: Ba Tri 2016; line ends: three units; big cell, really-csv, empty rows: one each;
        // numbers: "-0", which is 0
        assertThat(Json.read(run.out()).path("summary").path("counted").asInt()).isEqualTo(9);
    }

    @Test
    void noFileContentLeaksIntoAnyOutput() throws IOException {
        Run validate = Run.of("validate", corpus.resolve("HND_2018_xxe.xlsx").toString(), "--format", "json");
        Run inspect = Run.of("inspect", corpus.resolve("HND_2018_xxe.xlsx").toString());
        Path out = dir.resolve("report");
        Run report = Run.of("report", "--year", "2018", "--out", out.toString(), corpus.resolve("HND_2018_xxe.xlsx").toString());
        for (Run run : new Run[] {validate, inspect, report}) {
            assertThat(run.out() + run.err()).doesNotContain(SECRET);
        }
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
            }
        }
    }

    /** The whole corpus in one run, in a JVM of its own with a 256 MB heap: it ends, in time, with exit 1. */
    @Test
    void theWholeCorpusRunsInA256MegabyteHeap() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "vn.khlt.cli.Main", "validate", corpus.toString(), "-q").redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isEqualTo(1);
        assertThat(text).doesNotContain("OutOfMemoryError", "Exception", "FATAL", "ERROR");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedInCsvButNumbersStayNumbers() {
        assertThat(CsvTable.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvTable.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvTable.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvTable.neutralise("Ba Tri")).isEqualTo("Ba Tri");
        vn.khlt.report.Table table = new vn.khlt.report.Table("", java.util.List.of(
                vn.khlt.report.Table.Column.left("a"), vn.khlt.report.Table.Column.number("n")),
                java.util.List.of(java.util.List.of(vn.khlt.report.Cell.text("-cmd"), vn.khlt.report.Cell.number(-12))));
        assertThat(CsvTable.render(table)).isEqualTo("\uFEFFa,n\r\n'-cmd,-12\r\n");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("A");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Đơn vị");
            head.createCell(1).setCellValue("CT09");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ba Tri");
            row.createCell(1).setCellValue(4);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Ten thousand rows of styled, empty cells after the table, as some offices' sheets have. */
    private static byte[] emptyStyledRows() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("A");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Đơn vị");
            head.createCell(1).setCellValue("CT09");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Bình Đại");
            row.createCell(1).setCellValue(3);
            CellStyle style = wb.createCellStyle();
            style.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            for (int r = 2; r < 10_000; r++) {
                Row empty = sheet.createRow(r);
                for (int c = 0; c < 30; c++) {
                    empty.createCell(c).setCellStyle(style);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The same workbook with its first sheet's XML replaced. */
    private static byte[] replaceSheet(byte[] xlsx, String sheetXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A sheet named like a formula lands in the issues table: in CSV it gets an apostrophe, in XLSX Excel's quote prefix. */
    @Test
    void aSheetNamedLikeAFormulaIsNeverAFormulaInTheReport() throws Exception {
        Path evil = dir.resolve("HND_2019.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(evil)) {
            Sheet sheet = wb.createSheet("=SUM(1)");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Đơn vị");
            head.createCell(1).setCellValue("CT09");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ba Tri");
            row.createCell(1).setCellValue(-1);
            wb.write(out);
        }
        Path out = dir.resolve("evil-report");
        Run run = Run.of("report", "--year", "2019", "--out", out.toString(), "--format", "csv,xlsx", evil.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("van-de.csv"), StandardCharsets.UTF_8)).contains(",'=SUM(1),2,B,");
        try (var in = Files.newInputStream(out.resolve("bao-cao-2019.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var cell = wb.getSheet("Vấn đề").getRow(3).getCell(3);
            assertThat(cell.getStringCellValue()).isEqualTo("=SUM(1)");
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
