package vn.khlt.render;

import vn.khlt.report.ReportTables;
import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.math.BigDecimal;
import java.util.List;
import vn.khlt.analyse.Status;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;

/**
 * The report as one self-contained HTML page (no network assets): the summary with status
 * colours and an inline SVG chart of percent of target, the gap and the trend. Readable on a
 * phone (tables scroll sideways) and printable.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1rem;color:#1b1b1b}
            h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
            .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem}
            th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}th{background:#f0f0f0;position:sticky;top:0}
            td.n{text-align:right;white-space:nowrap}
            .exceeded,.achieved,.on_track{background:#d9f2d9}.needs_acceleration{background:#fff2cc}
            .off_track,.not_achieved{background:#f8d7da}.incomplete,.no_data,.not_applicable{background:#eee;color:#666}
            svg text{font-size:11px}.note{font-size:.85rem;color:#444;max-width:60rem}
            @media print{.scroll{overflow:visible}th{position:static}}
            """;

    private HtmlReport() {
    }

    public static String render(String title, List<ReportTables.Named> tables, Lang lang) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        for (ReportTables.Named named : tables) {
            Table table = named.table();
            out.append("<h2>").append(escape(table.title())).append("</h2>\n");
            if (named.file().equals("tong-hop")) {
                out.append(chart(table, lang));
            }
            out.append(table(table, lang));
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String table(Table table, Lang lang) {
        StringBuilder out = new StringBuilder("<div class=\"scroll\"><table>\n<thead><tr>");
        for (Table.Column column : table.columns()) {
            out.append("<th>").append(escape(column.header())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Table.Column column = table.columns().get(c);
                Cell cell = row.get(c);
                String status = statusClass(cell);
                out.append("<td");
                if (column.number()) {
                    out.append(" class=\"n\"");
                } else if (!status.isEmpty()) {
                    out.append(" class=\"").append(status).append('"');
                }
                out.append('>').append(escape(Cells.display(table, c, cell, lang))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        for (String note : table.notes()) {
            out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        return out.toString();
    }

    /** Bars of percent of target, one per row of the summary, coloured by status; the 100 % line marked. */
    private static String chart(Table summary, Lang lang) {
        int percentColumn = -1;
        int statusColumn = summary.columns().size() - 1;
        for (int c = 0; c < summary.columns().size(); c++) {
            if (summary.columns().get(c).percent()) {
                percentColumn = c;
            }
        }
        if (percentColumn < 0) {
            return "";
        }
        int rowHeight = 16;
        int labelWidth = 130;
        int barWidth = 300;
        int height = summary.rows().size() * rowHeight + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 70)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(lang == Lang.EN ? "Percent of target" : "Phần trăm mục tiêu").append("\">\n");
        int y = 0;
        for (List<Cell> row : summary.rows()) {
            BigDecimal percent = row.get(percentColumn) instanceof Cell.Number n ? n.value() : null;
            String status = statusClass(row.get(statusColumn));
            double share = percent == null ? 0 : Math.min(150, Math.max(0, percent.doubleValue())) / 150.0;
            svg.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(escape(Cells.plain(row.get(0)) + " " + Cells.plain(row.get(2))))
                    .append("</text><rect class=\"").append(status).append("\" x=\"").append(labelWidth).append("\" y=\"")
                    .append(y + 2).append("\" width=\"").append(Math.round(share * barWidth)).append("\" height=\"")
                    .append(rowHeight - 4).append("\" fill=\"").append(fill(status)).append("\"/><text x=\"")
                    .append(labelWidth + Math.round(share * barWidth) + 4).append("\" y=\"").append(y + 12).append("\">")
                    .append(percent == null ? "—" : Numbers.format(percent, 0, lang) + "%").append("</text>\n");
            y += rowHeight;
        }
        int hundred = labelWidth + barWidth * 100 / 150;
        svg.append("<line x1=\"").append(hundred).append("\" y1=\"0\" x2=\"").append(hundred).append("\" y2=\"").append(y)
                .append("\" stroke=\"#333\" stroke-dasharray=\"4 3\"/><text x=\"").append(hundred - 14).append("\" y=\"")
                .append(y + 14).append("\">100%</text>\n</svg></div>\n");
        return svg.toString();
    }

    private static String fill(String status) {
        return switch (status) {
            case "exceeded", "achieved", "on_track" -> "#5cb85c";
            case "needs_acceleration" -> "#f0ad4e";
            case "off_track", "not_achieved" -> "#d9534f";
            default -> "#bbbbbb";
        };
    }

    private static String statusClass(Cell cell) {
        return cell instanceof Cell.Status status ? status.status().key() : "";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
