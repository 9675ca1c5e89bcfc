package vn.khlt.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a legacy XLS workbook (Excel 97–2003) through POI's HSSF, formulas by their saved results.
 * An XLS file always holds a formula's result, so one saved by a program that does not compute
 * formulas holds 0, and one saved while Excel computed by hand (Manual) its last result: each
 * formula is computed again by POI's evaluator, and a saved number that is not what its formula
 * gives is refused where it is read as a figure ({@link Cell#stale}).
 */
final class XlsInput {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsInput() {
    }

    static void read(POIFSFileSystem fs, SheetHandler handler) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            NumberFormats shown = new NumberFormats();
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
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
                        Cell read = cell(cell, shown, formulas);
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

    /** Whether a cell holds text (typed, or a formula's) in TCVN3's letters. */
    private static boolean typedInTcvn3(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING && Tcvn3.written(cell.getStringCellValue());
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, NumberFormats shown, FormulaEvaluator formulas) {
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
                BigDecimal value = BigDecimal.valueOf(number).round(EXCEL_DIGITS);
                if (cell.getCellType() == CellType.FORMULA && !savedResultHolds(cell, number, formulas)) {
                    return Cell.stale(column, cell.getCellFormula(), value.stripTrailingZeros());
                }
                HSSFCellStyle style = (HSSFCellStyle) cell.getCellStyle();
                return shown.cell(column, value, NumberFormats.of(style.getDataFormat(), style.getDataFormatString()));
            case BOOLEAN:
                return Cell.bool(column, Boolean.toString(cell.getBooleanCellValue()));
            case ERROR:
                return Cell.error(column, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default:
                return null;
        }
    }

    /**
     * Whether a formula's saved number is what the formula gives. A formula POI cannot compute (a
     * function it does not know, a reference to another workbook) is taken at its saved number, as
     * Excel shows it.
     */
    private static boolean savedResultHolds(org.apache.poi.ss.usermodel.Cell cell, double saved, FormulaEvaluator formulas) {
        CellValue computed;
        try {
            computed = formulas.evaluate(cell);
        } catch (RuntimeException cannotCompute) { // POI's NotImplementedException, FormulaParseException, a missing workbook
            return true;
        }
        if (computed == null || computed.getCellType() != CellType.NUMERIC) {
            return true;
        }
        double result = computed.getNumberValue();
        return Math.abs(result - saved) <= 1e-9 * Math.max(1, Math.max(Math.abs(result), Math.abs(saved)));
    }
}
