package vn.khlt.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.TargetText;
import vn.khlt.i18n.Lang;

/**
 * The workbook an association's officer fills in: instructions in Vietnamese, then a sheet
 * with a title block, a row per reporting unit and a column per indicator (a rate as its
 * numerator and denominator), a SUM total row. Input cells take only whole numbers from 0 up;
 * everything else is locked. khlt reads it back exactly, also once Excel or LibreOffice has
 * saved it again.
 */
public final class FillInTemplate {

    static final int HEADER_ROW = 4;
    static final int FIRST_UNIT_ROW = HEADER_ROW + 2;

    private final Plan plan;
    private final Association association;
    private final int year;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XSSFCellStyle title;
    private final XSSFCellStyle header;
    private final XSSFCellStyle locked;
    private final XSSFCellStyle input;
    private final XSSFCellStyle none;
    private final XSSFCellStyle total;
    private final XSSFCellStyle wrap;

    private FillInTemplate(Plan plan, Association association, int year) {
        this.plan = plan;
        this.association = association;
        this.year = year;
        Font bold = wb.createFont();
        bold.setBold(true);
        title = wb.createCellStyle();
        title.setFont(bold);
        header = bordered(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xE8, (byte) 0xE8}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked = bordered(true);
        input = bordered(false);
        input.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0xE6}, null));
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        none = bordered(true);
        none.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, null));
        none.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        total = bordered(true);
        total.setFont(bold);
        total.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The indicators an association reports, in plan order. */
    static List<Indicator> indicators(Plan plan, Association association) {
        return plan.indicators().stream().filter(i -> i.reportedBy().contains(association.code())).toList();
    }

    /** The template's file name: {@code HND_2019.xlsx}, which khlt reads as HND's report of 2019. */
    public static String fileName(Association association, int year, String extension) {
        return association.code() + "_" + year + "." + extension;
    }

    public static byte[] xlsx(Plan plan, Association association, int year) throws IOException {
        FillInTemplate template = new FillInTemplate(plan, association, year);
        try (XSSFWorkbook wb = template.wb) {
            template.instructions();
            template.data();
            wb.setActiveSheet(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The long layout to fill, for offices that work in CSV: one row per unit and indicator. */
    public static String csv(Plan plan, Association association, int year) {
        StringBuilder csv = new StringBuilder("\uFEFFĐoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị,Tử số,Mẫu số,Ghi chú\r\n");
        for (Indicator indicator : indicators(plan, association)) {
            for (ReportingUnit unit : units(plan, indicator)) {
                csv.append(association.code()).append(',').append(quote(unit.name().vi())).append(',').append(year)
                        .append(',').append(indicator.code()).append(",,,,\r\n");
            }
        }
        return csv.toString();
    }

    private static List<ReportingUnit> units(Plan plan, Indicator indicator) {
        return indicator.reportedAt().map(plan::units).orElse(plan.units());
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private void instructions() {
        XSSFSheet sheet = wb.createSheet("Hướng dẫn");
        int r = 0;
        cell(sheet, r++, 0, "HƯỚNG DẪN ĐIỀN BÁO CÁO — " + association.name().vi().toUpperCase(java.util.Locale.ROOT)
                + ", NĂM " + year, title);
        cell(sheet, r++, 0, plan.title().vi(), wrap);
        r++;
        String lead = plan.lead().map(a -> a.name().vi()).orElse("đơn vị thường trực");
        String[] steps = {
            "1. Điền số liệu vào trang \"Báo cáo\", ô nền vàng: mỗi dòng là một đơn vị, mỗi cột là một chỉ tiêu.",
            "2. Chỉ ghi số nguyên từ 0 trở lên (ví dụ 3987). Ô nào chưa có số liệu thì để trống, không ghi 0.",
            "3. Chỉ tiêu tỷ lệ ghi hai số: tử số và mẫu số (không ghi tỷ lệ phần trăm). Mẫu số không được nhỏ hơn tử số.",
            "4. CT13 ghi 1 (có) hoặc 0 (không) cho từng huyện, thành phố. Ô nền xám là ô không cần điền.",
            "5. Không sửa tiêu đề, tên đơn vị và dòng Tổng cộng (đã khóa). Không đổi tên tệp " + fileName(association, year, "xlsx") + ".",
            "6. Gửi tệp về " + lead + " (thường trực Kế hoạch liên tịch " + plan.number() + ") trước ngày 15/01/" + (year + 1) + ".",
        };
        for (String step : steps) {
            cell(sheet, r++, 0, step, wrap);
        }
        r++;
        String[] heads = {"Mã", "Chỉ tiêu (theo Kế hoạch)", "Ghi vào ô", "Mục tiêu"};
        XSSFRow head = sheet.createRow(r++);
        for (int c = 0; c < heads.length; c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(heads[c]);
            cell.setCellStyle(header);
        }
        for (Indicator indicator : indicators(plan, association)) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(indicator.code());
            row.createCell(1).setCellValue(indicator.name().vi());
            row.createCell(2).setCellValue(indicator.measure() == Measure.RATE
                    ? "Tử số: " + indicator.numerator().map(t -> t.vi()).orElse("") + "\nMẫu số: "
                            + indicator.denominator().map(t -> t.vi()).orElse("")
                    : indicator.measure() == Measure.YES_NO ? "1 = có, 0 = không" : "Số " + indicator.unit().vi());
            row.createCell(3).setCellValue(String.join("; ", indicator.targets().stream()
                    .filter(t -> t.scope().key().equals(association.code()) || t.scope().key().equals("each")
                            || t.scope().key().equals("joint"))
                    .map(t -> TargetText.describe(t, indicator, Lang.VI)
                            + (t.scope().key().equals("joint") ? " (chung các đoàn thể)" : ""))
                    .toList()));
            for (int c = 0; c < 4; c++) {
                row.getCell(c).setCellStyle(wrap);
            }
        }
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 45 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        print(sheet);
    }

    private void data() {
        XSSFSheet sheet = wb.createSheet("Báo cáo");
        cell(sheet, 0, 0, association.name().vi().toUpperCase(java.util.Locale.ROOT), title);
        cell(sheet, 1, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH " + plan.number() + " NĂM " + year, title);
        cell(sheet, 2, 0, "(Số liệu cả năm " + year + "; xem trang \"Hướng dẫn\")", null);
        List<Indicator> indicators = indicators(plan, association);
        List<ReportingUnit> units = plan.units();
        XSSFRow head = sheet.createRow(HEADER_ROW);
        XSSFRow sub = sheet.createRow(HEADER_ROW + 1);
        header(head, 0, "Đơn vị");
        header(sub, 0, "");
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 0, 0));
        int column = 1;
        List<int[]> rateColumns = new ArrayList<>();
        List<Integer> inputColumns = new ArrayList<>();
        List<Integer> yesNoColumns = new ArrayList<>();
        for (Indicator indicator : indicators) {
            String label = indicator.code() + " - " + indicator.label().vi();
            if (indicator.isRate()) {
                header(head, column, label);
                header(head, column + 1, "");
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, column, column + 1));
                header(sub, column, "Tử số: " + indicator.numerator().map(t -> t.vi()).orElse(""));
                header(sub, column + 1, "Mẫu số: " + indicator.denominator().map(t -> t.vi()).orElse(""));
                rateColumns.add(new int[] {column, column + 1});
                inputColumns.add(column);
                inputColumns.add(column + 1);
                column += 2;
            } else {
                header(head, column, label + " (" + indicator.unit().vi() + ")");
                header(sub, column, "");
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, column, column));
                (indicator.measure() == Measure.YES_NO ? yesNoColumns : inputColumns).add(column);
                column++;
            }
        }
        int lastUnitRow = FIRST_UNIT_ROW + units.size() - 1;
        for (int u = 0; u < units.size(); u++) {
            ReportingUnit unit = units.get(u);
            XSSFRow row = sheet.createRow(FIRST_UNIT_ROW + u);
            cell(sheet, FIRST_UNIT_ROW + u, 0, unit.name().vi(), locked);
            int c = 1;
            for (Indicator indicator : indicators) {
                boolean expected = indicator.reportedAt().map(level -> level == unit.level()).orElse(true);
                for (int part = 0; part < (indicator.isRate() ? 2 : 1); part++) {
                    row.createCell(c++).setCellStyle(expected ? input : none);
                }
            }
        }
        XSSFRow sum = sheet.createRow(lastUnitRow + 1);
        cell(sheet, lastUnitRow + 1, 0, "Tổng cộng", total);
        for (int c = 1; c < column; c++) {
            String letter = CellReference.convertNumToColString(c);
            XSSFCell cell = sum.createCell(c);
            cell.setCellFormula("SUM(" + letter + (FIRST_UNIT_ROW + 1) + ":" + letter + (lastUnitRow + 1) + ")");
            cell.setCellStyle(total);
        }
        cell(sheet, lastUnitRow + 3, 1, "Người lập biểu", null);
        cell(sheet, lastUnitRow + 3, Math.max(4, column - 3), "TM. BAN THƯỜNG VỤ", null);
        validations(sheet, inputColumns, yesNoColumns, rateColumns, lastUnitRow);
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 1; c < column; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        sheet.getRow(HEADER_ROW).setHeightInPoints(75);
        sheet.getRow(HEADER_ROW + 1).setHeightInPoints(60);
        sheet.createFreezePane(1, FIRST_UNIT_ROW);
        print(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));
        sheet.protectSheet("");
    }

    private void validations(XSSFSheet sheet, List<Integer> counts, List<Integer> yesNo, List<int[]> rates, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // one rule per cell: a rate's denominator has its own, which also asks for a whole number from 0
        java.util.Set<Integer> denominators = new java.util.HashSet<>();
        rates.forEach(rate -> denominators.add(rate[1]));
        for (int column : counts.stream().filter(c -> !denominators.contains(c)).toList()) {
            add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    column, lastRow, DataValidation.ErrorStyle.STOP, "Chỉ nhập số nguyên",
                    "Ô này chỉ nhận số nguyên từ 0 trở lên (ví dụ 3987). Chưa có số liệu thì để trống.");
        }
        for (int column : yesNo) {
            add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1"),
                    column, lastRow, DataValidation.ErrorStyle.STOP, "Có hoặc không",
                    "Ghi 1 nếu có, 0 nếu không.");
        }
        for (int[] rate : rates) {
            String numerator = CellReference.convertNumToColString(rate[0]) + (FIRST_UNIT_ROW + 1);
            String denominator = CellReference.convertNumToColString(rate[1]) + (FIRST_UNIT_ROW + 1);
            add(sheet, helper.createCustomConstraint("AND(ISNUMBER(" + denominator + "),INT(" + denominator + ")="
                            + denominator + "," + denominator + ">=0," + denominator + ">=N(" + numerator + "))"),
                    rate[1], lastRow, DataValidation.ErrorStyle.STOP, "Mẫu số",
                    "Mẫu số chỉ nhận số nguyên từ 0 trở lên, không nhỏ hơn tử số (ô bên trái). Kiểm tra lại hai số.");
        }
    }

    private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int column, int lastRow,
            int style, String title, String text) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(FIRST_UNIT_ROW, lastRow, column, column));
        validation.setErrorStyle(style);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, text);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private void header(XSSFRow row, int column, String text) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }

    private static void cell(XSSFSheet sheet, int row, int column, String text, XSSFCellStyle style) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell cell = r.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void print(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private XSSFCellStyle bordered(boolean lockedCell) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setLocked(lockedCell);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
