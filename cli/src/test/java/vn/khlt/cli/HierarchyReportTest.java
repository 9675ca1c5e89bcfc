package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan with its units in a file (a province of 50 districts and 600 communes) and commune
 * figures in four files: the report lists districts by default, communes on request, streams
 * its long sheets, and is byte for byte the same however many files are read at once.
 */
class HierarchyReportTest {

    @TempDir
    Path dir;

    private Path plan;
    private Path inbox;

    @BeforeEach
    void write() throws IOException {
        plan = dir.resolve("plan/plan.yaml");
        Files.createDirectories(plan.getParent());
        Files.writeString(plan, """
                id: tinh-lon
                title: {vi: Kế hoạch thử, en: Test plan}
                period: {from: 2016, to: 2018}
                associations:
                  - {code: HLHPN, lead: true, name: {vi: Hội Phụ nữ, en: Women's Union}}
                  - {code: HND, name: {vi: Hội Nông dân, en: Farmers' Union}}
                units: don-vi.csv
                indicators:
                  - code: CT08
                    name: {vi: Hộ được hỗ trợ, en: Households supported}
                    unit: {vi: hộ, en: households}
                    measure: count
                    nature: flow
                    reportedAt: commune
                    targets:
                      - {kind: cumulative-at-least, value: 20000, scope: joint}
                  - code: CT11
                    name: {vi: Hộ có nhà tiêu, en: Households with a latrine}
                    unit: {vi: hộ, en: households}
                    measure: rate
                    nature: stock
                    numerator: {vi: Số hộ có, en: With}
                    denominator: {vi: Tổng số hộ, en: All}
                    reportedAt: commune
                    targets:
                      - {kind: at-least, value: 80, deadline: 2018, scope: joint}
                """, StandardCharsets.UTF_8);
        StringBuilder units = new StringBuilder("code,level,parent,name,name_en,aliases\nT,province,,Tỉnh Lớn,Big Province,\n");
        for (int d = 1; d <= 50; d++) {
            units.append(String.format("T-H%02d,district,T,Huyện số %02d,District %02d,%n", d, d, d));
            for (int c = 1; c <= 12; c++) {
                units.append(String.format("T-H%02d-X%02d,commune,T-H%02d,Xã số %02d.%02d,Commune %02d.%02d,%n", d, c, d, d, c, d, c));
            }
        }
        Files.writeString(plan.resolveSibling("don-vi.csv"), units, StandardCharsets.UTF_8);
        inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        for (String association : List.of("HLHPN", "HND")) {
            for (int year = 2017; year <= 2018; year++) {
                StringBuilder csv = new StringBuilder("association,unit,year,indicator,value,numerator,denominator\n");
                for (int d = 1; d <= 50; d++) {
                    for (int c = 1; c <= 12; c++) {
                        String unit = String.format("T-H%02d-X%02d", d, c);
                        csv.append(association).append(',').append(unit).append(',').append(year).append(",CT08,")
                                .append(d + c).append(",,\n");
                        csv.append(association).append(',').append(unit).append(',').append(year).append(",CT11,,")
                                .append(50 + c + (year - 2017)).append(",100\n");
                    }
                }
                Files.writeString(inbox.resolve(association + "_" + year + ".csv"), csv, StandardCharsets.UTF_8);
            }
        }
    }

    private Run report(String out, String... extra) {
        return Run.of(Stream.concat(Stream.of("report", "--plan", plan.toString(), "--year", "2018", "--out",
                dir.resolve(out).toString(), inbox.toString(), "-q"), Stream.of(extra)).toArray(String[]::new));
    }

    private List<String> lines(String out, String file) throws IOException {
        return Files.readAllLines(dir.resolve(out).resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void byDefaultTablesListTheDistrictsEachStandingForItsCommunes() throws IOException {
        Run run = report("out");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> byUnit = lines("out", "theo-huyen.csv");
        assertThat(byUnit).hasSize(1 + 2 * 50); // the header, then both indicators for each of the 50 districts
        // district 1's communes in 2018: CT08 = sum of (1 + c) over c = 1..12 = 90 for each association
        assertThat(byUnit).contains("CT08,Huyện số 01,hộ,90,90,180");
        // CT11: numerators 51 + c over c = 1..12 = 690, of 1,200 households: 57.5 %
        assertThat(byUnit).contains("CT11,Huyện số 01,%,57.5,57.5,57.5");
        // the long layout: 2 indicators × 2 associations × 50 districts × 2 years
        assertThat(lines("out", "so-lieu.csv")).hasSize(1 + 400).contains("HLHPN,T-H01,2018,CT08,90,,");
        assertThat(lines("out", "nguon.csv").get(2)).contains("tổng 12 số liệu của các đơn vị trực thuộc");
    }

    @Test
    void onRequestTheyListEveryCommuneAndTheLongSheetsAreStreamed() throws IOException {
        Run run = report("out", "--detail", "commune");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(lines("out", "so-lieu.csv")).hasSize(1 + 2 * 2 * 600 * 2); // 4,800 figures, one line each
        assertThat(lines("out", "nguon.csv").get(1)).endsWith("HLHPN_2017.csv › E2");
        try (InputStream in = Files.newInputStream(dir.resolve("out/bao-cao-2018.xlsx")); Workbook wb = new XSSFWorkbook(in)) {
            Sheet figures = wb.getSheet("Số liệu");
            assertThat(figures.getLastRowNum()).isEqualTo(2 + 4800); // title, blank, header, then the figures
            assertThat(figures.getRow(3).getCell(1).getStringCellValue()).isEqualTo("T-H01-X01");
            assertThat(wb.getSheet("Tổng hợp").getDrawingPatriarch()).isNotNull(); // the chart is still there
        }
    }

    @Test
    void aWrongLevelIsBadUsage() {
        Run run = report("out", "--detail", "village");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--detail").contains("village").doesNotContain("Exception");
    }

    @Test
    void anOutputFolderThatIsAFileIsBadUsage() throws IOException {
        Files.writeString(dir.resolve("taken"), "not a folder");
        Run run = report("taken");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("taken là một tệp, không phải thư mục");
        assertThat(Files.readString(dir.resolve("taken"))).isEqualTo("not a folder");
    }

    @Test
    void aFolderThatCannotBeMadeSaysWhy() throws IOException {
        Files.writeString(dir.resolve("taken"), "not a folder");
        Run run = report("taken/bao-cao");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_RUN.code);
        assertThat(run.err()).isEqualTo("khlt: Không ghi được báo cáo vào " + dir.resolve("taken/bao-cao")
                + ": vướng tệp có sẵn " + dir.resolve("taken") + "\n");
        Run en = report("taken/bao-cao", "--lang", "en");
        assertThat(en.err()).isEqualTo("khlt: Cannot write the report into " + dir.resolve("taken/bao-cao")
                + ": an existing file is in the way: " + dir.resolve("taken") + "\n");
        Run gap = Run.of("gap", inbox.toString(), "--plan", plan.toString(), "-o", dir.resolve("taken/gap.txt").toString());
        assertThat(gap.exitCode()).isEqualTo(ExitCode.CANNOT_RUN.code);
        assertThat(gap.err()).endsWith("khlt: Không ghi được tệp " + dir.resolve("taken/gap.txt") + ": vướng tệp có sẵn "
                + dir.resolve("taken") + "\n");
        assertThat(Files.readString(dir.resolve("taken"))).isEqualTo("not a folder");
    }
}
