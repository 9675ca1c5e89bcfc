package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.util.List;
import vn.khlt.i18n.Lang;

/** Renders a {@link Table} as a GitHub-flavoured Markdown table, numbers as the language writes them. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static String render(Table table, Lang lang) {
        StringBuilder out = new StringBuilder();
        if (!table.title().isEmpty()) {
            out.append("## ").append(table.title()).append("\n\n");
        }
        out.append('|');
        for (Table.Column column : table.columns()) {
            out.append(' ').append(escape(column.header())).append(" |");
        }
        out.append("\n|");
        for (Table.Column column : table.columns()) {
            out.append(column.align() == Table.Align.RIGHT ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<Cell> row : table.rows()) {
            out.append('|');
            for (int c = 0; c < row.size(); c++) {
                out.append(' ').append(escape(Cells.display(table, c, row.get(c), lang))).append(" |");
            }
            out.append('\n');
        }
        for (String note : table.notes()) {
            out.append('\n').append(note.replace("\n", " ")).append('\n');
        }
        return out.append('\n').toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", "");
    }
}
