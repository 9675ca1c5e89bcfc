package vn.khlt.report;

import java.util.List;

/**
 * A table ready to render: a title, headers and rows of text cells. Every renderer (terminal,
 * CSV, Markdown) takes this one model.
 */
public record Table(String title, List<Column> columns, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /**
     * A column's header, how its cells align, whether they hold numbers (which a CSV or a
     * spreadsheet writes as numbers, never as text to neutralise), and whether those numbers
     * are shown with their thousands grouped (3.350) or as written (a year, a row: 2019).
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

    /** Four decimals are more than any figure of the plan needs, and make the output stable; never an exponent. */
    public static java.math.BigDecimal stable(java.math.BigDecimal value) {
        java.math.BigDecimal rounded = value.setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    public enum Align {
        LEFT, RIGHT
    }
}
