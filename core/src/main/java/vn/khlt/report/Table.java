package vn.khlt.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A table ready to render: a title, its columns, and rows of typed cells ({@link Cell}: text,
 * numbers as numbers, statuses as the enum). Every renderer takes this one model and decides
 * how a cell looks: a CSV file writes {@code 3350} and {@code 60.5}, a workbook a number with
 * its format, a page or a terminal {@code 3.350} and {@code 60,5%}.
 *
 * @param blank how a page or terminal shows an empty cell ({@code ""}, or {@code —} where a
 *              missing figure must be seen); files for machines leave it empty
 * @param notes what a reader must know to read the table right, shown under it on pages, in
 *              workbooks and in terminals (files for machines carry the same in their columns)
 */
public record Table(String title, List<Column> columns, List<List<Cell>> rows, String blank, List<String> notes) {

    public Table {
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    public Table(String title, List<Column> columns, List<List<Cell>> rows) {
        this(title, columns, rows, "");
    }

    public Table(String title, List<Column> columns, List<List<Cell>> rows, String blank) {
        this(title, columns, rows, blank, List.of());
    }

    /** The same table with notes under it. */
    public Table withNotes(List<String> notes) {
        return new Table(title, columns, rows, blank, notes);
    }

    /**
     * A column's header, how its cells align, whether they hold numbers, whether those are
     * percentages, and whether they are shown with their thousands grouped (3.350) or as written
     * (a year, a row: 2019).
     */
    public record Column(String header, Align align, boolean number, boolean percent, boolean grouped) {
        public static Column left(String header) {
            return new Column(header, Align.LEFT, false, false, false);
        }

        /** Right-aligned numbers, thousands grouped. */
        public static Column number(String header) {
            return new Column(header, Align.RIGHT, true, false, true);
        }

        /** Right-aligned whole numbers that name rather than count, shown as written: a year, a row. */
        public static Column plain(String header) {
            return new Column(header, Align.RIGHT, true, false, false);
        }

        /** Right-aligned percentages (the cell holds 60.5 for 60,5 %). */
        public static Column percent(String header) {
            return new Column(header, Align.RIGHT, true, true, true);
        }
    }

    public enum Align {
        LEFT, RIGHT
    }

    /** Four decimals are more than any figure of the plan needs, and make the output stable; never an exponent. */
    public static BigDecimal stable(BigDecimal value) {
        BigDecimal rounded = value.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
