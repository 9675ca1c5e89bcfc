package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks built with POI as offices make them: title rows, merged headers, formulas, text numbers. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    /** The provincial Farmers' Association's report of 2017, as its office lays it out. */
    static void farmersReport(Workbook wb) {
        Sheet sheet = wb.createSheet("Báo cáo");
        set(sheet, 0, 0, "HỘI NÔNG DÂN TỈNH BẾN TRE");
        set(sheet, 0, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        set(sheet, 2, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH 02/KHLT NĂM 2017");
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 5));
        set(sheet, 4, 0, "STT");
        set(sheet, 4, 1, "Đơn vị");
        set(sheet, 4, 2, "CT04 - Gia đình được vận động xây dựng NTM");
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 2, 3));
        set(sheet, 4, 4, "CT08 - Số hộ đăng ký đề án");
        sheet.addMergedRegion(new CellRangeAddress(4, 5, 4, 4));
        set(sheet, 4, 5, "Mái ấm tình thương");
        set(sheet, 5, 2, "Tử số");
        set(sheet, 5, 3, "Mẫu số");
        row(sheet, 6, 1, "Huyện Ba Tri", 1200, 1300, 500, "4");
        row(sheet, 7, 2, "Chợ Lách", "3.987", 4120, null, 2);
        sheet.getRow(7).createCell(4).setCellFormula("300+330");
        Row total = sheet.createRow(8);
        total.createCell(1).setCellValue("Tổng cộng");
        for (String column : new String[] {"C", "D", "E", "F"}) {
            int index = column.charAt(0) - 'A';
            total.createCell(index).setCellFormula("SUM(" + column + "7:" + column + "8)");
        }
        set(sheet, 10, 1, "Người lập biểu");
        set(sheet, 11, 0, "Ghi chú: số liệu tính đến 31/12/2017");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    @Test
    void wideSheetWithTitleBlockMergedHeaderFormulasAndTotalRow() throws IOException {
        Path file = save(new XSSFWorkbook(), "bao-cao-2017.xlsx", XlsxReadingTest::farmersReport);
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2017 CT04 1200/1300 @Báo cáo!C7",
                "HND BA-TRI 2017 CT08 500 @Báo cáo!E7",
                "HND BA-TRI 2017 CT09 4 @Báo cáo!F7",
                "HND CHO-LACH 2017 CT04 3987/4120 @Báo cáo!C8",
                "HND CHO-LACH 2017 CT08 630 @Báo cáo!E8",
                "HND CHO-LACH 2017 CT09 2 @Báo cáo!F8");
        assertThat(reading.issues()).containsExactly("total-mismatch Báo cáo!C9", "total-mismatch Báo cáo!F9");
        assertThat(reading.result().issues().get(0).message().vi()).isEqualTo(
                "Dòng tổng ghi 1.200 nhưng cộng các dòng đơn vị được 5.187"
                        + " (có ô lưu số dạng văn bản, hàm SUM của Excel bỏ qua các ô này)");
        assertThat(reading.figures().get(3).denominatorSource()).map(l -> l.cell()).contains("D8");
    }

    @Test
    void theSameSheetAsLegacyXls() throws IOException {
        Path file = save(new HSSFWorkbook(), "bao-cao-2017.xls", XlsxReadingTest::farmersReport);
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).hasSize(6).contains("HND CHO-LACH 2017 CT08 630 @Báo cáo!E8");
        assertThat(reading.issues()).containsExactly("total-mismatch Báo cáo!C9", "total-mismatch Báo cáo!F9");
    }

    @Test
    void anXlsFormulaWhoseSavedNumberIsNotItsResultIsRefusedNotCountedAsThatNumber() throws IOException {
        // an .xls file always holds a number for a formula: 0 when a program that does not compute wrote it
        Path file = save(new HSSFWorkbook(), "HND_2019.xls", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT09");
            row(sheet, 1, "Ba Tri", null, 2);
            row(sheet, 2, "Chợ Lách", null, 1);
            sheet.getRow(1).createCell(1).setCellFormula("40+5"); // saved as 0, never computed
            sheet.getRow(2).createCell(1).setCellFormula("30+8");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(2).getCell(1)); // saved as 38
        });
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2019 CT08 missing @Số liệu!B2",
                "HND BA-TRI 2019 CT09 2 @Số liệu!C2",
                "HND CHO-LACH 2019 CT08 38 @Số liệu!B3",
                "HND CHO-LACH 2019 CT09 1 @Số liệu!C3");
        assertThat(reading.issues()).containsExactly("excel-error Số liệu!B2");
        assertThat(reading.result().issues().get(0).message().vi())
                .startsWith("Ô có công thức (=40+5) nhưng số tệp lưu (0) không phải kết quả của công thức");
    }

    /**
     * A formula POI's evaluator does not know, saved as 0, and one saved as another number than 0 (as
     * Excel set to compute by hand saves its last result), are each read at the number saved, as Excel
     * shows it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"BAHTTEXT(12), 0", "40+5, 44"})
    void anXlsFormulaNotComputedAgainIsReadAtItsSavedNumber(String formula, int saved) throws IOException {
        Path file = save(new HSSFWorkbook(), "HND_2019.xls", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08");
            row(sheet, 1, "Ba Tri");
            org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(1).createCell(1);
            cell.setCellFormula(formula);
            cell.setCellValue(saved);
        });
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2019 CT08 " + saved + " @Số liệu!B2");
        assertThat(reading.issues()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void anXlsxFormulasResultIsAPlaceholderWhenTheWorkbookAsksToBeComputedOnOpening(boolean computedOnOpening) throws IOException {
        // Python's XlsxWriter saves 0 as every formula's result and asks Excel to compute them when it opens the file;
        // a program that changed an Excel workbook's cells asks the same, its formulas' saved results computed before
        Path file = save(new XSSFWorkbook(), "HND_2019.xlsx", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT09");
            row(sheet, 1, "Ba Tri", null, 2);
            row(sheet, 2, "Chợ Lách", null, 1);
            sheet.getRow(1).createCell(1).setCellFormula("40+5");
            sheet.getRow(1).getCell(1).setCellValue(0);
            sheet.getRow(2).createCell(1).setCellFormula("30+8");
            sheet.getRow(2).getCell(1).setCellValue(38);
            wb.setForceFormulaRecalculation(computedOnOpening); // <calcPr fullCalcOnLoad="1"/>
        });
        Reading reading = Reading.of(file);
        if (computedOnOpening) {
            assertThat(reading.lines()).contains("HND BA-TRI 2019 CT08 missing @Số liệu!B2", "HND CHO-LACH 2019 CT08 missing @Số liệu!B3",
                    "HND CHO-LACH 2019 CT09 1 @Số liệu!C3");
            assertThat(reading.issues()).containsExactly("excel-error Số liệu!B2", "excel-error Số liệu!B3");
        } else {
            // no request to compute: a saved result is the formula's, unless the formula is numbers alone and gives
            // another (=40+5 saved as 0: left so by a program that did not compute it, or by Excel computing by hand)
            assertThat(reading.lines()).contains("HND BA-TRI 2019 CT08 missing @Số liệu!B2", "HND CHO-LACH 2019 CT08 38 @Số liệu!B3");
            assertThat(reading.issues()).containsExactly("excel-error Số liệu!B2");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"HND.xlsx", "HND.xls"})
    void yearsTypedAsDatesInAWorkbookCountingFrom1904AreTheYearsTheSheetShows(String name) throws IOException {
        // Excel for Mac once counted dates from 1904: 1/1/2019 is 42004 there, which counted from 1900 is 31/12/2014
        Path file = save(workbookFor(name), name, wb -> {
            if (wb instanceof XSSFWorkbook xlsx) {
                xlsx.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            } else {
                ((org.apache.poi.hssf.record.DateWindow1904Record) ((HSSFWorkbook) wb).getInternalWorkbook()
                        .findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid)).setWindowing((short) 1);
            }
            Sheet sheet = unitsAndCodes(wb, "Năm", "CT08");
            row(sheet, 1, "Ba Tri", 42004, 10);
            row(sheet, 2, "Chợ Lách", 41639, 11);
            CellStyle year = style(wb, "yyyy");
            sheet.getRow(1).getCell(1).setCellStyle(year);
            sheet.getRow(2).getCell(1).setCellStyle(year);
        });
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2019 CT08 10 @Số liệu!C2", "HND CHO-LACH 2018 CT08 11 @Số liệu!C3");
        assertThat(reading.issues()).isEmpty();
    }

    @Test
    void anXlsWhoseFormulasSavedAsZeroWouldReadMoreCellsThanAReportHoldsIsRefusedWholeNotReadUnchecked() throws IOException {
        // running sums over 2,100 rows, none computed: checking them again would read 2.2 million cells
        Path file = save(new HSSFWorkbook(), "HND_2019.xls", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT09");
            for (int r = 1; r <= 2100; r++) {
                row(sheet, r, "Ba Tri", 10);
                sheet.getRow(r).createCell(2).setCellFormula("SUM(B$2:B" + (r + 1) + ")");
            }
        });
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).isEmpty();
        // each formula checked before is said at its cell (it gives another number than 0); then the whole file is refused
        assertThat(reading.issues()).hasSizeGreaterThan(1000).allMatch(issue -> issue.startsWith("excel-error Số liệu!C"));
        var issues = reading.result().issues();
        assertThat(issues.get(0).message().en()).contains("is not its result");
        assertThat(issues.get(issues.size() - 1).message().en()).contains("too many formulas saved as 0");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"HND_2019.xlsx", "HND_2019.xls"})
    void aNumberItsFormatShowsWithAnotherMeasureIsRefusedInBothKindsOfWorkbook(String name) throws IOException {
        Path file = save(workbookFor(name), name, wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT14");
            row(sheet, 1, "Ba Tri", 90, 900);
            sheet.getRow(1).getCell(2).setCellStyle(style(wb, "#,##0\" lượt người\""));
        });
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2019 CT08 90 @Số liệu!B2",
                "HND BA-TRI 2019 CT14 missing @Số liệu!C2");
        assertThat(reading.issues()).containsExactly("measure-mismatch Số liệu!C2");
    }

    @Test
    void errorCellsDatesAndPercentFormats() throws IOException {
        Path file = save(new XSSFWorkbook(), "HND_2018.xlsx", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT09", "CT15");
            row(sheet, 1, "Ba Tri", null, null, 7.0000000000000009);
            sheet.getRow(1).createCell(1).setCellFormula("1/0");
            CellStyle date = style(wb, "dd/mm/yyyy");
            sheet.getRow(1).createCell(2).setCellValue(43000);
            sheet.getRow(1).getCell(2).setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("excel-error Số liệu!B2", "date-in-number-cell Số liệu!C2");
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2018 CT08 missing @Số liệu!B2",
                "HND BA-TRI 2018 CT09 missing @Số liệu!C2",
                "HND BA-TRI 2018 CT15 7 @Số liệu!D2");
        assertThat(reading.result().issues().get(0).message().en()).contains("#DIV/0!");
    }

    @Test
    void aCountOrAYesNoShownAsAPercentageIsAnIssueAndNotCounted() throws IOException {
        Path file = save(new XSSFWorkbook(), "HND_2018.xlsx", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT13", "CT09");
            row(sheet, 1, "Ba Tri", 0.605, "100%", 3);
            sheet.getRow(1).getCell(1).setCellStyle(style(wb, "0.0%"));
            row(sheet, 2, "Chợ Lách", 12, 1, 2);
        });
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("percent-in-count Số liệu!B2", "percent-in-count Số liệu!C2");
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2018 CT08 missing @Số liệu!B2",
                "HND BA-TRI 2018 CT13 missing @Số liệu!C2",
                "HND BA-TRI 2018 CT09 3 @Số liệu!D2",
                "HND CHO-LACH 2018 CT08 12 @Số liệu!B3",
                "HND CHO-LACH 2018 CT13 1 @Số liệu!C3",
                "HND CHO-LACH 2018 CT09 2 @Số liệu!D3");
        assertThat(reading.result().issues().get(0).message().vi())
                .isEqualTo("CT08 đếm hộ, không phải tỷ lệ: ô ghi 60,5%. Ghi số hộ (số nguyên), không ghi phần trăm");
        assertThat(reading.result().issues().get(1).message().en())
                .isEqualTo("CT13 is a yes/no of each unit: write 1 (yes) or 0 (no), not a percentage (100%)");
    }

    /** A sheet "Số liệu" headed by a unit column and a column per indicator code. */
    private static Sheet unitsAndCodes(Workbook wb, String... codes) {
        Sheet sheet = wb.createSheet("Số liệu");
        set(sheet, 0, 0, "Đơn vị");
        for (int i = 0; i < codes.length; i++) {
            set(sheet, 0, i + 1, codes[i]);
        }
        return sheet;
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void everySheetWithATableIsReadOthersAreSkippedWithANote() throws IOException {
        Path file = save(new XSSFWorkbook(), "DTN_2019.xlsx", wb -> {
            Sheet help = wb.createSheet("Hướng dẫn");
            set(help, 0, 0, "Điền số liệu vào trang Báo cáo");
            wb.createSheet("Trống");
            for (String name : new String[] {"Ba Tri", "Chợ Lách"}) {
                Sheet sheet = wb.createSheet(name);
                set(sheet, 0, 0, "Đơn vị");
                set(sheet, 0, 1, "CT15");
                row(sheet, 1, name, 3);
            }
        });
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly("DTN BA-TRI 2019 CT15 3 @Ba Tri!B2", "DTN CHO-LACH 2019 CT15 3 @Chợ Lách!B2");
        assertThat(reading.issues()).containsExactly("sheet-skipped Hướng dẫn!");
    }

    @Test
    void aFileNameThatContradictsTheTitleIsAnErrorAndNothingIsCounted() throws IOException {
        Path file = save(new XSSFWorkbook(), "HLHPN_2017.xlsx", XlsxReadingTest::farmersReport);
        Reading reading = Reading.of(file);
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).contains("contradiction Báo cáo!");
        assertThat(reading.result().issues().stream().filter(i -> i.code().equals("contradiction")).findFirst().orElseThrow()
                .message().en()).startsWith("Contradiction on the association: the file name HLHPN_2017.xlsx says HLHPN "
                + "but the title in A1 says HND");
    }

    @Test
    void anOptionThatContradictsAColumnIsAnErrorAtTheCell() throws IOException {
        Path file = save(new XSSFWorkbook(), "data.xlsx", wb -> {
            Sheet sheet = wb.createSheet("A");
            set(sheet, 0, 0, "Năm");
            set(sheet, 0, 1, "Đơn vị");
            set(sheet, 0, 2, "CT09");
            row(sheet, 1, 2017, "Ba Tri", 4);
            row(sheet, 2, 2018, "Ba Tri", 5);
        });
        Reading reading = Reading.of(new ReadOptions(java.util.Optional.of("HND"), java.util.Optional.empty(),
                java.util.Optional.of(2018)), file);
        assertThat(reading.issues()).containsExactly("contradiction A!A2");
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2018 CT09 5 @A!C3");
    }

    @Test
    void withoutAYearAnywhereTheTableIsRefusedOnce() throws IOException {
        Path file = save(new XSSFWorkbook(), "HND.xlsx", wb -> {
            Sheet sheet = wb.createSheet("A");
            set(sheet, 0, 0, "Đơn vị");
            set(sheet, 0, 1, "CT09");
            row(sheet, 1, "Ba Tri", 4);
            row(sheet, 2, "Chợ Lách", 5);
        });
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("missing-year A!");
        assertThat(reading.figures()).isEmpty();
    }

    @Test
    void aWorkbookNamedCsvIsReadForWhatItIs() throws IOException {
        Path file = save(new XSSFWorkbook(), "bao-cao-2017.csv", XlsxReadingTest::farmersReport);
        Reading reading = Reading.of(file);
        assertThat(reading.figures()).hasSize(6);
        assertThat(reading.issues()).startsWith("type-mismatch");
    }

    @Test
    void aTruncatedWorkbookIsAnIssueAndGivesNoFigures() throws IOException {
        Path whole = save(new XSSFWorkbook(), "whole.xlsx", XlsxReadingTest::farmersReport);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("HND_2017.xlsx");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Reading reading = Reading.of(file);
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
    }

    /**
     * The shared strings as Excel writes them, not as POI does: a name in rich-text runs with a
     * phonetic run (Japanese Excel's furigana, no part of the text), a space written as Excel's
     * escape {@code _x0020_}. The figures are those of the plain workbook.
     */
    @Test
    void sharedStringsInRunsWithAPhoneticRunAndExcelsEscapesAreTheTextExcelShows() throws IOException {
        Path plain = save(new XSSFWorkbook(), "plain.xlsx", XlsxReadingTest::farmersReport);
        Path file = dir.resolve("bao-cao-2017.xlsx");
        String xml = rewritePart(plain, file, "xl/sharedStrings.xml", part -> part
                .replace("<si><t>Huyện Ba Tri</t></si>",
                        "<si><r><t xml:space=\"preserve\">Huyện </t></r><r><rPr><b/></rPr><t>Ba Tri</t></r>"
                                + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/></si>")
                .replace("<si><t>Chợ Lách</t></si>", "<si><t>Chợ_x0020_Lách</t></si>"));
        assertThat(xml).contains("<rPh sb=", "<t>Chợ_x0020_Lách</t>");
        assertThat(Reading.of(file).lines()).isEqualTo(Reading.of(plain).lines()).hasSize(6);
    }

    /**
     * A conditional format's own number format ({@code <dxfs><dxf><numFmt>}) may reuse a cell format's
     * id: the cells keep theirs ("#,##0;[Red]-#,##0", a count), never the conditional one's ("0.0%").
     */
    @Test
    void aConditionalFormatsNumberFormatIsNotTheCellsOwn() throws IOException {
        Path plain = save(new XSSFWorkbook(), "plain.xlsx", wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08");
            row(sheet, 1, "Ba Tri", 1200);
            row(sheet, 2, "Chợ Lách", 950);
            CellStyle thousands = style(wb, "#,##0;[Red]-#,##0");
            sheet.getRow(1).getCell(1).setCellStyle(thousands);
            sheet.getRow(2).getCell(1).setCellStyle(thousands);
        });
        Path file = dir.resolve("HND_2019.xlsx");
        String xml = rewritePart(plain, file, "xl/styles.xml", part -> part.replace("</styleSheet>",
                "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></dxf></dxfs></styleSheet>"));
        assertThat(xml).contains("<numFmt numFmtId=\"164\" formatCode=\"#,##0;[Red]-#,##0\"/>", "formatCode=\"0.0%\"");
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2019 CT08 1200 @Số liệu!B2", "HND CHO-LACH 2019 CT08 950 @Số liệu!B3");
        assertThat(reading.issues()).isEmpty();
    }

    @Test
    void aBrokenSharedStringsPartIsADamagedFileAndGivesNoFigures() throws IOException {
        Path plain = save(new XSSFWorkbook(), "plain.xlsx", XlsxReadingTest::farmersReport);
        Path file = dir.resolve("HND_2017.xlsx");
        assertThat(rewritePart(plain, file, "xl/sharedStrings.xml", xml -> xml.replace("</sst>", ""))).doesNotContain("</sst>");
        Reading reading = Reading.of(file);
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
        assertThat(reading.result().issues().get(0).message().en()).startsWith("A part of the workbook is damaged");
    }

    /** Copies a workbook with one part's XML changed; gives that part's new XML. */
    private static String rewritePart(Path from, Path to, String part, java.util.function.UnaryOperator<String> change)
            throws IOException {
        String rewritten = null;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    rewritten = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    bytes = rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return rewritten;
    }

    /**
     * A comment on a unit's cell or a figure's that says the row is another year's or half a year's
     * refuses the row, one on an indicator's header its column, in both formats.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"HND_2019.xlsx", "HND_2019.xls"})
    void aCellsCommentIsReadAsTheRowsNote(String name) throws IOException {
        Path file = save(workbookFor(name), name, wb -> {
            Sheet sheet = unitsAndCodes(wb, "CT08", "CT09");
            row(sheet, 1, "Ba Tri", 48, 2);
            row(sheet, 2, "Chợ Lách", 30, 1);
            row(sheet, 3, "Thạnh Phú", 25, 3);
            row(sheet, 4, "Giồng Trôm", 20, 2);
            comment(wb, sheet, 2, 0, "Chưa gửi báo cáo, lấy số liệu năm 2018");
            comment(wb, sheet, 3, 1, "Số liệu 6 tháng đầu năm");
            comment(wb, sheet, 4, 2, "Tăng 1 căn so với năm 2018");
            comment(wb, sheet, 0, 2, "Số liệu cộng dồn 2016 - 2019");
        });
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactlyInAnyOrder("contradiction Số liệu!A3", "partial-period Số liệu!B4",
                "partial-period Số liệu!C1");
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2019 CT08 48 @Số liệu!B2",
                "HND GIONG-TROM 2019 CT08 20 @Số liệu!B5");
    }

    @Test
    void aCommentOnALongTablesFiguresColumnRefusesItsFigures() throws IOException {
        Path file = save(new XSSFWorkbook(), "HND_2019.xlsx", wb -> {
            Sheet sheet = wb.createSheet("Số liệu");
            row(sheet, 0, "Đơn vị", "Chỉ tiêu", "Giá trị");
            row(sheet, 1, "Ba Tri", "CT08", 48);
            row(sheet, 2, "Chợ Lách", "CT08", 30);
            comment(wb, sheet, 0, 2, "Số liệu 6 tháng đầu năm");
        });
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("partial-period Số liệu!C1");
        assertThat(reading.lines()).isEmpty();
    }

    @Test
    void aCommentOnAnIndicatorsCellOverItsPlanAndResultRefusesIt() throws IOException {
        Path file = save(new XSSFWorkbook(), "HND_2019.xlsx", wb -> {
            Sheet sheet = wb.createSheet("Số liệu");
            row(sheet, 0, "Đơn vị", "CT08", null, "CT09", null);
            row(sheet, 1, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện");
            row(sheet, 2, "Ba Tri", 50, 48, 3, 2);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, 2));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 3, 4));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 0));
            comment(wb, sheet, 0, 1, "Số liệu năm 2018, chưa cập nhật");
        });
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("contradiction Số liệu!B1");
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2019 CT09 2 @Số liệu!E3");
    }

    /** A figure struck through is refused; a font that says its strikethrough is off strikes nothing. */
    @Test
    void aFigureStruckThroughIsRefusedAndAFontWithItsStrikeOffIsNot() throws IOException {
        for (String name : new String[] {"HND_2019_gach.xlsx", "HND_2019_gach.xls"}) {
            Path file = save(workbookFor(name), name, wb -> {
                Sheet sheet = wb.createSheet("BC");
                row(sheet, 0, "Đơn vị", "CT08", "CT09");
                row(sheet, 1, "Ba Tri", 90, 2);
                org.apache.poi.ss.usermodel.Font on = wb.createFont();
                on.setStrikeout(true);
                org.apache.poi.ss.usermodel.Font off = wb.createFont();
                off.setStrikeout(false);
                CellStyle struck = wb.createCellStyle();
                struck.setFont(on);
                CellStyle plain = wb.createCellStyle();
                plain.setFont(off);
                sheet.getRow(1).getCell(1).setCellStyle(struck);
                sheet.getRow(1).getCell(2).setCellStyle(plain);
            });
            Reading reading = Reading.of(file);
            assertThat(reading.lines()).as(name).containsExactly("HND BA-TRI 2019 CT08 missing @BC!B2", "HND BA-TRI 2019 CT09 2 @BC!C2");
            assertThat(reading.issues()).as(name).containsExactly("struck-out BC!B2");
        }
    }

    /**
     * A number its format shows nothing of (";;;", or "0;;" for a negative) is read as a hidden row's
     * is, and said at its cell; a format that shows a zero as blank or a dash hides no figure.
     */
    @Test
    void aFigureItsFormatHidesIsReadAndSaid() throws IOException {
        for (String name : new String[] {"HND_2019_an-so.xlsx", "HND_2019_an-so.xls"}) {
            Path file = save(workbookFor(name), name, wb -> {
                Sheet sheet = wb.createSheet("BC");
                row(sheet, 0, "Đơn vị", "CT08", "CT09", "CT14");
                row(sheet, 1, "Ba Tri", 90, 0, 0);
                CellStyle hidden = wb.createCellStyle();
                hidden.setDataFormat(wb.createDataFormat().getFormat(";;;"));
                CellStyle zeroBlank = wb.createCellStyle();
                zeroBlank.setDataFormat(wb.createDataFormat().getFormat("#,##0;-#,##0;"));
                CellStyle zeroDash = wb.createCellStyle();
                zeroDash.setDataFormat(wb.createDataFormat().getFormat("_-* #,##0_-;-* #,##0_-;_-* \"-\"??_-;_-@_-"));
                sheet.getRow(1).getCell(1).setCellStyle(hidden);
                sheet.getRow(1).getCell(2).setCellStyle(zeroBlank);
                sheet.getRow(1).getCell(3).setCellStyle(zeroDash);
            });
            Reading reading = Reading.of(file);
            assertThat(reading.lines()).as(name).containsExactly("HND BA-TRI 2019 CT08 90 @BC!B2", "HND BA-TRI 2019 CT09 0 @BC!C2",
                    "HND BA-TRI 2019 CT14 0 @BC!D2");
            assertThat(reading.issues()).as(name).containsExactly("hidden-figures BC!B2");
        }
    }

    static void comment(Workbook wb, Sheet sheet, int row, int column, String text) {
        org.apache.poi.ss.usermodel.ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 3);
        anchor.setRow1(row);
        anchor.setRow2(row + 3);
        org.apache.poi.ss.usermodel.Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        sheet.getRow(row).getCell(column).setCellComment(comment);
    }

    static void set(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(text);
    }

    /** A row from column A: strings as text cells, numbers as number cells, null as no cell. */
    static void row(Sheet sheet, int row, Object... values) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                r.createCell(i).setCellValue(text);
            } else if (values[i] instanceof Number number) {
                r.createCell(i).setCellValue(number.doubleValue());
            }
        }
    }

    /** A legacy .xls workbook (HSSF) for a name that ends so, else an .xlsx (XSSF). */
    static Workbook workbookFor(String name) {
        return name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    Path save(Workbook wb, String name, java.util.function.Consumer<Workbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
        return file;
    }
}
