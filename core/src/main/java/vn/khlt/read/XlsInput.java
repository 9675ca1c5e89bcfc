package vn.khlt.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import vn.khlt.finding.Location;

/**
 * Reads a legacy XLS workbook (Excel 97–2003) through POI's HSSF, formulas by their saved results.
 * An XLS file always holds a number for a formula: one saved by a program that does not compute
 * formulas holds 0. So a formula saved as 0 is computed again by POI's evaluator, and where it
 * gives another number, it is refused where it is read as a figure ({@link Cell#stale}). Other
 * saved numbers are what Excel shows, and are not computed again: a sheet's running sums
 * ({@code =SUM(D$2:D900)} on each row) would cost the square of its rows; and a workbook whose
 * formulas saved as 0 would read more cells than a report holds is refused whole
 * ({@link TooManyFormulasException}), never read with zeros unchecked.
 */
final class XlsInput {

    private XlsInput() {
    }

    static void read(POIFSFileSystem fs, SheetHandler handler) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            NumberFormats shown = new NumberFormats(workbook.getInternalWorkbook().isUsing1904DateWindowing());
            SavedZeros formulas = new SavedZeros(workbook.getCreationHelper().createFormulaEvaluator());
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
                        Cell read = struck(cell, cell(cell, shown, formulas));
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

    /** A cell whose font strikes it through, so marked: a figure crossed out. */
    private static Cell struck(org.apache.poi.ss.usermodel.Cell cell, Cell read) {
        return read != null && ((HSSFCellStyle) cell.getCellStyle()).getFont(cell.getSheet().getWorkbook()).getStrikeout()
                ? read.asStruck() : read;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, NumberFormats shown, SavedZeros formulas) {
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
                BigDecimal value = BigDecimal.valueOf(number).round(NumberFormats.EXCEL_DIGITS);
                if (cell.getCellType() == CellType.FORMULA && number == 0 && !formulas.hold(cell)) {
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

    /** The workbook's formulas saved as 0, computed again, within what reading a report may cost. */
    private static final class SavedZeros {

        /**
         * The most cells the formulas computed again may read in one workbook: a column of running
         * sums saved as 0 ({@code =SUM(D$2:D900)} on each of 900 rows) reads 405,000; a report has
         * far fewer.
         */
        private static final long MOST_CELLS = 2_000_000;
        /** A formula's range ({@code D$2:D900}), or whole columns ({@code D:D}). */
        private static final Pattern RANGE = Pattern.compile("\\$?([A-Z]{1,3})\\$?(\\d+):\\$?([A-Z]{1,3})\\$?(\\d+)");
        private static final Pattern COLUMNS = Pattern.compile("(?<![A-Z$])\\$?([A-Z]{1,3}):\\$?([A-Z]{1,3})(?![A-Z0-9$])");

        private final FormulaEvaluator evaluator;
        private long cellsLeft = MOST_CELLS;

        SavedZeros(FormulaEvaluator evaluator) {
            this.evaluator = evaluator;
        }

        /**
         * Whether a formula saved as 0 gives 0. One POI cannot compute (a function it does not know,
         * a reference to another workbook) is taken at its saved number, as Excel shows it.
         */
        boolean hold(org.apache.poi.ss.usermodel.Cell cell) {
            String formula = cell.getCellFormula();
            cellsLeft -= cellsRead(formula);
            if (cellsLeft < 0) {
                throw new TooManyFormulasException(Tcvn3.unicode(cell.getSheet().getSheetName()), cell.getRowIndex() + 1,
                        Location.columnName(cell.getColumnIndex()));
            }
            CellValue computed;
            try {
                computed = evaluator.evaluate(cell);
            } catch (RuntimeException cannotCompute) { // POI's NotImplementedException, FormulaParseException, a missing workbook
                return true;
            }
            return computed == null || computed.getCellType() != CellType.NUMERIC || Math.abs(computed.getNumberValue()) < 1e-9;
        }

        private static long cellsRead(String formula) {
            long cells = 1;
            Matcher range = RANGE.matcher(formula);
            while (range.find()) {
                long rows = Math.abs(Long.parseLong(range.group(4)) - Long.parseLong(range.group(2))) + 1;
                cells += rows * columns(range.group(1), range.group(3));
            }
            Matcher columns = COLUMNS.matcher(formula);
            while (columns.find()) {
                cells += 65_536L * columns(columns.group(1), columns.group(2)); // an .xls sheet's rows
            }
            return cells;
        }

        private static long columns(String first, String last) {
            return Math.abs(Location.columnIndex(last + "1") - Location.columnIndex(first + "1")) + 1;
        }
    }

    /** A workbook with more formulas saved as 0 than can be computed again while it is read. */
    static final class TooManyFormulasException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String sheet;
        final int row;
        final String column;

        TooManyFormulasException(String sheet, int row, String column) {
            super("too many formulas saved as 0 to compute again, from " + sheet + "!" + column + row);
            this.sheet = sheet;
            this.row = row;
            this.column = column;
        }
    }
}
