package vn.khlt.render;

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
     * A column's header, how its cells align, and whether they hold numbers (which a CSV or a
     * spreadsheet writes as numbers, never as text to neutralise).
     */
    public record Column(String header, Align align, boolean number, boolean percent) {
        public static Column left(String header) {
            return new Column(header, Align.LEFT, false, false);
        }

        /** Right-aligned numbers. */
        public static Column number(String header) {
            return new Column(header, Align.RIGHT, true, false);
        }

        /** Right-aligned percentages (the cell holds 60.5 for 60,5 %). */
        public static Column percent(String header) {
            return new Column(header, Align.RIGHT, true, true);
        }
    }

    public enum Align {
        LEFT, RIGHT
    }
}
