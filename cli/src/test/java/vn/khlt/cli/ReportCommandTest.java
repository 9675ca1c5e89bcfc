package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

class ReportCommandTest {

    @TempDir
    Path dir;

    private static final String BENTRE = Golden.SAMPLES.resolve("bentre").toString();

    private Run report(String... extra) {
        String[] args = Stream.concat(Stream.of("report", "--year", "2019", "--out", dir.resolve("out").toString(), BENTRE),
                Stream.of(extra)).toArray(String[]::new);
        return Run.of(args);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesReportMatchesItsGoldenFiles() throws IOException {
        Run run = report();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Đã ghi 13 tệp vào");
        Golden.assertMatches(read("tong-hop.csv"), "bentre-report-2019/tong-hop.csv");
        Golden.assertMatches(read("xu-huong.csv"), "bentre-report-2019/xu-huong.csv");
        Golden.assertMatches(read("theo-huyen.csv"), "bentre-report-2019/theo-huyen.csv");
        // the pages end with what the report was made from, which names this run's time and folder: checked below
        String md = read("bao-cao-2019.md");
        String html = read("bao-cao-2019.html");
        Golden.assertMatches(md.substring(0, md.indexOf("## Báo cáo được lập từ đâu")), "bentre-report-2019/bao-cao-2019.md");
        Golden.assertMatches(html.substring(0, html.indexOf("<h2>Báo cáo được lập từ đâu</h2>")),
                "bentre-report-2019/bao-cao-2019.html");
        assertThat(html).contains("<td>Tệp đầu vào</td><td>" + BENTRE + "/HLHPN_2019.xlsx</td>")
                .contains("<td>Kế hoạch</td><td>bentre-02-khlt-2016</td>");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** CT13 is a yes/no per district: the by-district table shows a yes as 100 %, as its "%" column says, never 1. */
    @Test
    void aDistrictsYesIsAHundredPercent() throws IOException {
        report("--format", "csv");
        assertThat(read("theo-huyen.csv").lines()).contains("CT13,Huyện Ba Tri,%,100,100,,100,100");
        // HCCB sends no CT13: the joint share is over the three associations that answered, 100 %, not 75 %
        assertThat(read("xu-huong.csv").lines().filter(l -> l.startsWith("CT13,") && l.contains(",liên tịch,")))
                .singleElement().asString().endsWith(",100,");
    }

    /** A report replaces its whole folder: never a folder that holds anything else (the current one, a folder of documents). */
    @Test
    void aFolderHoldingOtherFilesIsNeverReplaced() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("out"));
        Files.writeString(documents.resolve("cong-van.docx"), "a letter", StandardCharsets.UTF_8);
        Run run = report();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("đã có tệp khác, không phải báo cáo do khlt ghi");
        try (var files = Files.list(documents)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cong-van.docx");
        }
        Files.delete(documents.resolve("cong-van.docx"));
        assertThat(report().exitCode()).isZero(); // empty, or a report of khlt's: replaced whole
        assertThat(report().exitCode()).isZero();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out."));
        }
    }

    @Test
    void aRerunGivesTheSameBytes() throws IOException {
        report();
        Map<String, String> first = contents();
        report();
        assertThat(contents()).isEqualTo(first);
    }

    /**
     * What a report holds, but for when it was made: each CSV file's text (the provenance's
     * aside), the JSON's tables and each sheet's cells but the provenance's.
     */
    private Map<String, String> contents() throws IOException {
        Map<String, String> all = new java.util.TreeMap<>();
        try (var files = Files.list(dir.resolve("out"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv") && !name.equals("nguon-goc.csv")) {
                    all.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        JsonNode json = Json.read(read("bao-cao-2019.json"));
        for (JsonNode table : json.path("tables")) {
            if (!table.path("name").asText().equals("nguon-goc")) {
                all.put("json " + table.path("name").asText(), table.toString());
            }
        }
        try (InputStream in = Files.newInputStream(dir.resolve("out/bao-cao-2019.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Nguồn gốc")) {
                    continue;
                }
                StringBuilder cells = new StringBuilder();
                sheet.forEach(row -> row.forEach(cell -> cells.append(cell.getAddress()).append('=')
                        .append(format.formatCellValue(cell)).append('|').append(cell.getCellStyle().getDataFormatString())
                        .append('\n')));
                all.put("xlsx " + sheet.getSheetName(), cells.toString());
            }
        }
        return all;
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumbersFrozenHeadersAndColouredStatuses() throws IOException {
        report("--format", "xlsx");
        try (InputStream in = Files.newInputStream(dir.resolve("out/bao-cao-2019.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            assertThat(wb.getSheet("Nguồn gốc").getRow(8).getCell(1).getStringCellValue()).endsWith("DTN_tong-hop-2016-2019.csv");
            XSSFSheet summary = wb.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tổng hợp kết quả thực hiện Kế hoạch 02/KHLT, năm 2019");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            XSSFCell hndActual = null;
            XSSFCell hndStatus = null;
            // HCCB sends no CT04: under the table, how to read figures that are not all there
            assertThat(summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue())
                    .startsWith("Số liệu chưa đủ: cột \"Số liệu có\"");
            for (int r = 3; r <= summary.getLastRowNum(); r++) {
                if (summary.getRow(r) != null && summary.getRow(r).getCell(0).getStringCellValue().equals("CT08")
                        && summary.getRow(r).getCell(2).getStringCellValue().equals("HND")) {
                    hndActual = summary.getRow(r).getCell(6);
                    hndStatus = summary.getRow(r).getCell(9);
                }
            }
            assertThat(hndActual.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(hndActual.getNumericCellValue()).isEqualTo(3600);
            assertThat(hndActual.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(hndStatus.getStringCellValue()).isEqualTo("Chậm tiến độ");
            assertThat(hndStatus.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            // the chart's bars read from the top, in the table's order, with the percentages below them
            org.apache.poi.xssf.usermodel.XSSFChart chart = summary.getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getAxes()).extracting(a -> a.getClass().getSimpleName() + " " + a.getPosition()
                    + " " + a.getOrientation() + " " + a.getCrosses())
                    .containsExactly("XDDFCategoryAxis LEFT MAX_MIN AUTO_ZERO", "XDDFValueAxis BOTTOM MIN_MAX MAX");
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("'Tổng hợp'!$N$4:$N$57");
            assertThat(summary.getRow(3).getCell(13).getStringCellValue()).isEqualTo("CT01 toàn tỉnh");
            // the labels are a helper: hidden, and drawn all the same
            assertThat(summary.isColumnHidden(13)).isTrue();
            assertThat(chart.getCTChart().getPlotVisOnly().getVal()).isFalse();
            assertThat(java.util.stream.IntStream.range(0, 13).filter(summary::isColumnHidden)).isEmpty();
            // a year is shown as written, never grouped like a count (2,016)
            XSSFCell year = wb.getSheet("Nguồn").getRow(3).getCell(3);
            assertThat(wb.getSheet("Nguồn").getRow(2).getCell(3).getStringCellValue()).isEqualTo("Năm");
            assertThat(year.getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(new DataFormatter(java.util.Locale.US).formatCellValue(year)).isEqualTo("2016");
        }
    }

    @Test
    void theFiguresInLongLayoutAreReadBackAsTheLevelAbovesSubmission() throws IOException {
        report("--format", "csv");
        Path figures = dir.resolve("out/so-lieu.csv");
        assertThat(Files.readAllLines(figures, StandardCharsets.UTF_8).get(0))
                .as("the headers of khlt template's long form").isEqualTo("\uFEFFĐoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị,Tử số,Mẫu số");
        JsonNode original = Json.read(Run.of("gap", BENTRE, "--as-of", "2019", "--format", "json").out());
        Run again = Run.of("gap", figures.toString(), "--as-of", "2019", "--format", "json");
        assertThat(again.exitCode()).isZero();
        assertThat(Json.read(again.out())).isEqualTo(original);
        Run english = Run.of("report", "--year", "2019", "--out", dir.resolve("en").toString(), "--format", "csv", "--lang", "en",
                BENTRE);
        assertThat(english.exitCode()).isZero();
        Path figuresEn = dir.resolve("en/so-lieu.csv");
        assertThat(Files.readAllLines(figuresEn, StandardCharsets.UTF_8).get(0))
                .isEqualTo("\uFEFFassociation,unit,year,indicator,value,numerator,denominator");
        assertThat(Json.read(Run.of("gap", figuresEn.toString(), "--as-of", "2019", "--format", "json").out())).isEqualTo(original);
    }

    @Test
    void inputsWithErrorsStillGiveAReportAndExitOne() throws IOException {
        Run run = Run.of("report", "--year", "2018", "--out", dir.resolve("e").toString(), "--format", "csv",
                Golden.SAMPLES.resolve("with-errors").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("e/van-de.csv"), StandardCharsets.UTF_8)).contains("negative", "contradiction");
    }

    @Test
    void aFolderWithNoSubmissionGivesAnEmptyReportAndSaysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("hop-thu"));
        Files.writeString(empty.resolve("ghi-chu.docx"), "not a submission");
        Run run = Run.of("report", "--year", "2019", "--out", dir.resolve("r").toString(), "--format", "csv", empty.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("khlt: không có tệp số liệu nào trong " + empty + ": báo cáo chưa có số liệu");
        assertThat(Files.readString(dir.resolve("r/so-lieu.csv"), StandardCharsets.UTF_8)).hasLineCount(1);
        Run english = Run.of("report", "--year", "2019", "--out", dir.resolve("r2").toString(), "--format", "csv",
                "--lang", "en", "-q", empty.toString());
        assertThat(english.err()).contains("khlt: no submission file in " + empty + ": the report holds no figures"); // -q too
        // an empty report never replaces one that exists: the old one stands, exit 5
        assertThat(report("--format", "csv").exitCode()).isZero();
        Run over = Run.of("report", "--year", "2019", "--out", dir.resolve("out").toString(), "--format", "csv", empty.toString());
        assertThat(over.exitCode()).isEqualTo(5);
        assertThat(over.err()).contains("không thay báo cáo trong " + dir.resolve("out"));
        assertThat(Files.readString(dir.resolve("out/so-lieu.csv"), StandardCharsets.UTF_8).lines().count()).isGreaterThan(100);
        Run samples = report("--format", "csv");
        assertThat(samples.err()).doesNotContain("không có tệp số liệu");
    }

    @Test
    void englishLabels() throws IOException {
        report("--format", "md", "--lang", "en");
        assertThat(read("bao-cao-2019.md")).startsWith("# Joint plan 02/KHLT: progress report 2019")
                .contains("| Code | Indicator | Scope | Target |", "Off track", "5,560");
    }

    @Test
    void badFormatsAndYearsAreBadUsage() {
        assertThat(report("--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(Run.of("report", "--year", "2030", BENTRE).exitCode()).isEqualTo(2);
        assertThat(Run.of("report", BENTRE).exitCode()).isEqualTo(2);
    }
}
