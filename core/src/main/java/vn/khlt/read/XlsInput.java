package vn.khlt.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads a legacy XLS workbook (Excel 97–2003) through POI's HSSF, formulas by their cached values. */
final class XlsInput {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsInput() {
    }

    static void read(POIFSFileSystem fs, SheetHandler handler) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            boolean tcvn3 = false;
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(Tcvn3.unicode(sheet.getSheetName()));
            }
            handler.sheetNames(names);
            for (Sheet sheet : workbook) {
                int i = workbook.getSheetIndex(sheet);
                handler.startSheet(Tcvn3.unicode(sheet.getSheetName()), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i));
                MergedCells merged = new MergedCells(sheet.getMergedRegions());
                java.util.Set<Integer> hiddenColumns = new java.util.TreeSet<>();
                for (int column = 0; column < 256; column++) { // an .xls sheet's columns
                    if (sheet.isColumnHidden(column)) {
                        hiddenColumns.add(column);
                    }
                }
                if (!hiddenColumns.isEmpty()) {
                    handler.hiddenColumns(hiddenColumns);
                }
                java.util.Map<Integer, java.util.Map<Integer, String>> comments = new java.util.TreeMap<>();
                sheet.getCellComments().forEach((cell, comment) -> {
                    if (comment.getString() != null && comment.getString().getString() != null) {
                        CellComments.put(comments, cell.getRow() + 1, cell.getColumn(), comment.getString().getString());
                    }
                });
                if (!comments.isEmpty()) {
                    handler.comments(comments);
                }
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    List<Cell> cells = new ArrayList<>();
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        Cell read = cell(cell);
                        if (read != null) {
                            cells.add(read);
                        }
                        if (!tcvn3 && typedInTcvn3(cell)) {
                            tcvn3 = true;
                            handler.tcvn3();
                        }
                    }
                    handler.row(merged.row(row.getRowNum() + 1, cells, row.getZeroHeight()));
                }
                handler.endSheet();
            }
        }
    }

    /** POI's formatter of dates as cells show them, made at the first date read (one is as good as another). */
    private static org.apache.poi.ss.usermodel.DataFormatter dates;

    private static org.apache.poi.ss.usermodel.DataFormatter dates() {
        if (dates == null) {
            dates = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT); // no month names to write
        }
        return dates;
    }

    /** Whether a cell holds text (typed, or a formula's) in TCVN3's letters. */
    private static boolean typedInTcvn3(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING && Tcvn3.written(cell.getStringCellValue());
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return Cell.text(column, Tcvn3.unicode(cell.getStringCellValue()));
            case NUMERIC:
                double number = cell.getNumericCellValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    return Cell.text(column, Double.toString(number));
                }
                BigDecimal value = new BigDecimal(BigDecimal.valueOf(number).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString());
                String format = cell.getCellStyle().getDataFormatString();
                boolean date = DateUtil.isCellDateFormatted(cell);
                // a date's text is what the sheet shows ("2019" for a year typed as a date shown yyyy)
                String shown = date ? dates().formatRawCellContents(number, cell.getCellStyle().getDataFormat(), format) : value.toPlainString();
                return Cell.number(column, value, shown, date, format != null && format.contains("%"));
            case BOOLEAN:
                return Cell.bool(column, Boolean.toString(cell.getBooleanCellValue()));
            case ERROR:
                return Cell.error(column, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default:
                return null;
        }
    }
}
