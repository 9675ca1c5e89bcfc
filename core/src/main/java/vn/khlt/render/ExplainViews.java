package vn.khlt.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.khlt.finding.Issue;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.read.TableNote;

/**
 * {@code khlt inspect --explain}: what the reader understood of each table, so that an officer
 * (or a developer) sees why a figure was read, or not: where the table is, its header's rows and
 * layout, what each column holds, whose figures they are and which source said so, the rows
 * passed over and why, and what was found wrong.
 */
public final class ExplainViews {

    private ExplainViews() {
    }

    public static String text(List<String> files, List<TableNote> tables, List<Issue> issues, Lang lang) {
        StringBuilder out = new StringBuilder();
        Set<String> explained = new LinkedHashSet<>();
        for (TableNote table : tables) {
            explained.add(table.file());
            out.append(table.file()).append(table.sheet().isEmpty() ? "" : " › " + table.sheet()).append('\n');
            out.append("  ").append(table.layout().in(lang)).append("; ")
                    .append(t("tiêu đề ở ", "header on ", lang))
                    .append(table.sheet().isEmpty() ? t("dòng ", "line ", lang) : t("hàng ", "row ", lang))
                    .append(table.firstHeaderRow())
                    .append(table.lastHeaderRow() > table.firstHeaderRow() ? "–" + table.lastHeaderRow() : "").append('\n');
            section(out, t("Các cột", "Columns", lang), table.columns(), lang);
            section(out, t("Số liệu của ai", "Whose figures", lang), table.sources(), lang);
            section(out, t("Dòng bỏ qua", "Rows passed over", lang), table.skipped(), lang);
            List<Text> found = new ArrayList<>();
            for (Issue issue : of(table, issues)) {
                found.add(Text.of("[" + issue.code() + "] " + place(issue) + issue.message().vi(),
                        "[" + issue.code() + "] " + place(issue) + issue.message().en()));
            }
            section(out, t("Vấn đề", "Issues", lang), found, lang);
            out.append('\n');
        }
        for (String file : files) {
            if (!explained.contains(file)) {
                out.append(file).append('\n').append("  ").append(t("không có bảng nào được đọc", "no table read", lang))
                        .append('\n');
                issues.stream().filter(i -> i.location().file().equals(file))
                        .forEach(i -> out.append("    [").append(i.code()).append("] ").append(i.message().in(lang)).append('\n'));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@code khlt inspect --explain --format json}: each table as the text says it, then the files with none read. */
    public record Document(List<TableLine> tables, List<FileLine> unread) {
    }

    /** One table: where it is, its header's rows, layout, columns, sources, rows passed over, and its issues. */
    public record TableLine(String file, String sheet, int firstHeaderRow, int lastHeaderRow, String layout,
            List<String> columns, List<String> sources, List<String> skipped, List<ValidationViews.IssueLine> issues) {
    }

    /** A file of which no table was read, and what was found wrong with it. */
    public record FileLine(String file, List<ValidationViews.IssueLine> issues) {
    }

    public static Document json(List<String> files, List<TableNote> tables, List<Issue> issues, Lang lang) {
        List<TableLine> lines = new ArrayList<>();
        Set<String> explained = new LinkedHashSet<>();
        for (TableNote table : tables) {
            explained.add(table.file());
            lines.add(new TableLine(table.file(), table.sheet().isEmpty() ? null : table.sheet(), table.firstHeaderRow(),
                    table.lastHeaderRow(), table.layout().in(lang), in(table.columns(), lang), in(table.sources(), lang),
                    in(table.skipped(), lang), of(table, issues).stream().map(i -> ValidationViews.IssueLine.of(i, lang)).toList()));
        }
        List<FileLine> unread = new ArrayList<>();
        for (String file : files) {
            if (!explained.contains(file)) {
                unread.add(new FileLine(file, issues.stream().filter(i -> i.location().file().equals(file))
                        .map(i -> ValidationViews.IssueLine.of(i, lang)).toList()));
            }
        }
        return new Document(lines, unread);
    }

    /** The issues found in a table's sheet (in a CSV file, its file). */
    private static List<Issue> of(TableNote table, List<Issue> issues) {
        return issues.stream().filter(i -> i.location().file().equals(table.file())
                && i.location().sheet().equals(table.sheet())).toList();
    }

    private static List<String> in(List<Text> texts, Lang lang) {
        return texts.stream().map(t -> t.in(lang)).toList();
    }

    private static String place(Issue issue) {
        return issue.location().row() > 0 ? issue.location().cell() + ": " : "";
    }

    private static void section(StringBuilder out, String title, List<Text> lines, Lang lang) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(":\n");
        lines.forEach(line -> out.append("    ").append(line.in(lang)).append('\n'));
    }

    private static String t(String vi, String en, Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
