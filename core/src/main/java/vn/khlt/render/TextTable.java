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
    /** The width a table's last column keeps when a terminal is too narrow for it. */
    private static final int LAST = 24;

    private TextTable() {
    }

    /**
     * A table cut to a terminal's width: the columns named in {@code dropFirst} (by index, the
     * least useful first) left out while it is too wide, then the last column's text shortened
     * with "…". The line under it names what was left out and how to see everything.
     */
    public static String fit(Table table, Lang lang, int width, List<Integer> dropFirst) {
        Table cut = table;
        List<String> hidden = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            keep.add(c);
        }
        for (int drop : dropFirst) {
            // the last column (the notes) may be shortened to a readable 24: drop others only while even that does not fit
            List<Integer> withoutLast = keep.subList(0, keep.size() - 1);
            if (widest(render(cut, lang)) <= width
                    || widest(render(only(table, withoutLast), lang)) + GAP.length() + LAST <= width) {
                break;
            }
            keep.remove(Integer.valueOf(drop));
            hidden.add(table.columns().get(drop).header());
            cut = only(table, keep);
        }
        StringBuilder out = new StringBuilder();
        for (String line : render(cut, lang).split("\n", -1)) {
            out.append(width(line) > width ? cutTo(line, width) : line).append('\n');
        }
        String text = out.substring(0, out.length() - 1);
        if (!hidden.isEmpty() || widest(render(cut, lang)) > width) {
            text += (lang == Lang.EN ? "(not shown to fit the terminal: " : "(ẩn cho vừa màn hình: ")
                    + (hidden.isEmpty() ? "…" : String.join(", ", hidden))
                    + (lang == Lang.EN ? "; add --wide to see every column)\n" : "; thêm --wide để xem đủ các cột)\n");
        }
        return text;
    }

    private static Table only(Table table, List<Integer> keep) {
        List<Table.Column> columns = keep.stream().map(table.columns()::get).toList();
        List<List<Cell>> rows = table.rows().stream().map(r -> keep.stream().map(r::get).toList()).toList();
        return new Table(table.title(), columns, rows, table.blank(), table.notes());
    }

    private static int widest(String text) {
        return text.lines().mapToInt(TextTable::width).max().orElse(0);
    }

    /** A line shortened to a width of terminal columns, ending in "…". */
    private static String cutTo(String line, int width) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String one = new String(Character.toChars(cp));
            if (used + width(one) > width - 1) {
                break;
            }
            out.append(one);
            used += width(one);
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
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
