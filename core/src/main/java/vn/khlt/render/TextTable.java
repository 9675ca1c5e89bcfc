package vn.khlt.render;

import java.util.ArrayList;
import vn.khlt.i18n.Lang;
import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.util.List;

/**
 * Renders a {@link Table} for a terminal, numbers as the language writes them: columns padded to the widths that people see, so
 * that Vietnamese text, whether its tone marks are precomposed or combining, lines up.
 */
public final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    public static String render(Table table, Lang lang) {
        List<List<String>> shown = new ArrayList<>(table.rows().size());
        for (List<Cell> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                cells.add(Cells.display(table, c, row.get(c), lang));
            }
            shown.add(cells);
        }
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(table.columns().get(c).header());
            for (List<String> row : shown) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        if (!table.title().isEmpty()) {
            out.append(table.title()).append('\n');
        }
        line(out, table, table.columns().stream().map(Table.Column::header).toList(), widths);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : GAP).append("─".repeat(widths[c]));
        }
        out.append(rule).append('\n');
        for (List<String> row : shown) {
            line(out, table, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Table table, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            line.append(c == 0 ? "" : GAP);
            if (table.columns().get(c).align() == Table.Align.RIGHT) {
                line.append(pad).append(cell);
            } else {
                line.append(cell).append(pad);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * The number of terminal columns a text takes: combining marks take none, East Asian wide
     * characters two.
     */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT || cp == 0x200B) {
                continue;
            }
            width += wide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
