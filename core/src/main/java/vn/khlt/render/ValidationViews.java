package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.khlt.check.Completeness;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import vn.khlt.check.Validation;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;

/** What {@code khlt validate} shows: the issues grouped by file, who sent what, and a summary. */
public final class ValidationViews {

    /**
     * Which issues to show: those at least as severe as {@code minimum}, at most {@code max} of
     * them (0: all). The summary always counts every issue, and says when the list is partial.
     * In text, unless {@code every}, a finding met more than {@link #GROUPED} times in a file shows
     * its first places and a line that counts the rest; CSV and JSON always list every one.
     */
    public record Selection(Severity minimum, int max, boolean every) {
        public Selection(Severity minimum, int max) {
            this(minimum, max, false);
        }

        public static Selection all() {
            return new Selection(Severity.NOTE, 0, true);
        }

        List<Issue> apply(List<Issue> issues) {
            List<Issue> shown = issues.stream().filter(i -> i.severity().ordinal() <= minimum.ordinal()).toList();
            return max > 0 && shown.size() > max ? shown.subList(0, max) : shown;
        }

        long eligible(List<Issue> issues) {
            return issues.stream().filter(i -> i.severity().ordinal() <= minimum.ordinal()).count();
        }
    }

    /** A finding met more than this many times in a file is grouped in text ... */
    static final int GROUPED = 5;
    /** ... showing this many of its places. */
    static final int SHOWN = 3;

    private ValidationViews() {
    }

    public static String text(Validation validation, Selection selection, Lang lang) {
        StringBuilder out = new StringBuilder();
        List<Issue> shown = selection.apply(validation.issues());
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        for (Issue issue : shown) {
            byFile.computeIfAbsent(issue.location().file(), f -> new ArrayList<>()).add(issue);
        }
        byFile.forEach((file, issues) -> {
            out.append(file.isEmpty() ? t("(toàn bộ số liệu)", "(all submissions)", lang) : file).append('\n');
            List<List<Cell>> rows = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            Map<String, Long> counts = new LinkedHashMap<>();
            issues.forEach(i -> counts.merge(i.code(), 1L, Long::sum));
            for (Issue issue : issues) {
                int n = seen.merge(issue.code(), 1, Integer::sum);
                long all = counts.get(issue.code());
                if (!selection.every() && all > GROUPED && n > SHOWN) {
                    if (n == SHOWN + 1) { // the same finding on many cells: its first places, then a count
                        rows.add(Cell.texts("", issue.severity().label().in(lang), "[" + issue.code() + "]", Text.of(
                                "… và %d chỗ khác cùng loại (xem đủ: --all, hoặc --format csv)",
                                "… and %d more places alike (all of them: --all, or --format csv)").format(all - SHOWN).in(lang)));
                    }
                    continue;
                }
                rows.add(Cell.texts(place(issue.location(), lang), issue.severity().label().in(lang),
                        "[" + issue.code() + "]", issue.message().in(lang)));
            }
            String table = TextTable.render(new Table("", List.of(Table.Column.left(""), Table.Column.left(""),
                    Table.Column.left(""), Table.Column.left("")), rows), lang);
            // the table without its (empty) header and rule, indented under the file
            table.lines().skip(2).forEach(line -> out.append("  ").append(line.stripTrailing()).append('\n'));
            out.append('\n');
        });
        if (!validation.completeness().isEmpty()) {
            out.append(TextTable.render(completeness(validation, lang), lang)).append('\n');
        }
        out.append(summary(validation, selection, lang)).append('\n');
        return out.toString();
    }

    /** The one line a cron job's mail shows first. */
    public static String summary(Validation validation, Selection selection, Lang lang) {
        long eligible = selection.eligible(validation.issues());
        int shown = selection.apply(validation.issues()).size();
        String partial = shown < eligible
                ? Text.of(" Chỉ hiển thị %d/%d vấn đề (--max-issues).", " Only %d of %d issues shown (--max-issues).")
                        .format(shown, eligible).in(lang)
                : "";
        String read = Numbers.format(java.math.BigDecimal.valueOf(validation.figures()), lang);
        String counted = Numbers.format(java.math.BigDecimal.valueOf(validation.facts().size()), lang);
        int files = validation.files().size();
        long errors = validation.count(Severity.ERROR);
        long warnings = validation.count(Severity.WARNING);
        long notes = validation.count(Severity.NOTE);
        return Text.of(String.format("Kết quả: %d tệp, %s số liệu đã đọc, %s được tính; %d lỗi, %d cảnh báo, %d ghi chú.%s",
                        files, read, counted, errors, warnings, notes, partial),
                String.format("Result: %s, %s %s read, %s counted; %s, %s, %s.%s", Numbers.counted(files, "file"), read,
                        validation.figures() == 1 ? "figure" : "figures", counted, Numbers.counted(errors, "error"),
                        Numbers.counted(warnings, "warning"), Numbers.counted(notes, "note"), partial)).in(lang);
    }

    /** Who sent what: received of expected, per association (rows) and year (columns). */
    public static Table completeness(Validation validation, Lang lang) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, Completeness>> byOwner = new LinkedHashMap<>();
        for (Completeness c : validation.completeness()) {
            years.add(c.year());
            byOwner.computeIfAbsent(c.owner(), o -> new LinkedHashMap<>()).put(c.year(), c);
        }
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.left(t("Đoàn thể", "Association", lang)));
        years.forEach(y -> columns.add(Table.Column.number(String.valueOf(y))));
        List<List<Cell>> rows = new ArrayList<>();
        byOwner.forEach((owner, cells) -> {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(owner.equals("province") ? t("Tỉnh (thống kê)", "Province (statistics)", lang) : owner));
            for (int year : years) {
                Completeness c = cells.get(year);
                // one reading for people: "12/20 (60%)"
                row.add(c == null ? Cell.BLANK : Cell.text(c.received() + "/" + c.expected() + " ("
                        + Numbers.format(c.percent(), 1, lang) + "%)"));
            }
            rows.add(row);
        });
        return new Table(t("Mức đầy đủ số liệu (đã nhận/kế hoạch cần):", "Completeness (received/expected):", lang),
                columns, rows);
    }

    /** {@code khlt validate --format json} (docs/checks.md): the issues shown, a summary, who sent what. */
    public record Document(String plan, List<IssueLine> issues, Summary summary, List<CompletenessLine> completeness) {
    }

    /** An issue; the parts of its place that it lacks are null. */
    public record IssueLine(String code, String severity, String file, String sheet, Integer row, String column,
            String message) {

        static IssueLine of(Issue issue, Lang lang) {
            Location at = issue.location();
            return new IssueLine(issue.code(), issue.severity().key(), orNull(at.file()), orNull(at.sheet()),
                    at.row() == 0 ? null : at.row(), orNull(at.column()), issue.message().in(lang));
        }
    }

    public record Summary(int files, long figures, long counted, long errors, long warnings, long notes, int issues,
            int shown, boolean partial, Map<String, Long> byCode) {
    }

    public record CompletenessLine(String association, int year, int expected, int received, int counted,
            BigDecimal percent) {
    }

    public static Document json(Validation validation, Selection selection, Lang lang) {
        List<IssueLine> issues = new ArrayList<>();
        for (Issue issue : selection.apply(validation.issues())) {
            issues.add(IssueLine.of(issue, lang));
        }
        Summary summary = new Summary(validation.files().size(), validation.figures(), validation.facts().size(),
                validation.count(Severity.ERROR), validation.count(Severity.WARNING), validation.count(Severity.NOTE),
                validation.issues().size(), issues.size(), issues.size() < selection.eligible(validation.issues()),
                validation.byCode());
        List<CompletenessLine> completeness = validation.completeness().stream().map(c -> new CompletenessLine(
                c.owner(), c.year(), c.expected(), c.received(), c.valid(), c.percent())).toList();
        return new Document(validation.plan(), issues, summary, completeness);
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** One issue a row, for Excel. */
    public static Table csv(Validation validation, Selection selection, Lang lang) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Issue issue : selection.apply(validation.issues())) {
            Location at = issue.location();
            rows.add(List.of(Cell.text(issue.severity().label().in(lang)), Cell.text(issue.code()), Cell.text(at.file()),
                    Cell.text(at.sheet()), at.row() == 0 ? Cell.BLANK : Cell.number(at.row()), Cell.text(at.column()),
                    Cell.text(issue.message().in(lang))));
        }
        return new Table("", List.of(Table.Column.left(t("Mức độ", "Severity", lang)), Table.Column.left(t("Mã", "Code", lang)),
                Table.Column.left(t("Tệp", "File", lang)), Table.Column.left(t("Trang tính", "Sheet", lang)),
                Table.Column.plain(t("Dòng", "Row", lang)), Table.Column.left(t("Cột", "Column", lang)),
                Table.Column.left(t("Nội dung", "Message", lang))), rows);
    }

    /** Where in the file: {@code Báo cáo › C7}, {@code dòng 7}, or the whole file. */
    private static String place(Location at, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (!at.sheet().isEmpty()) {
            parts.add(at.sheet());
        }
        if (at.row() > 0) {
            parts.add(at.column().isEmpty() ? t("dòng ", "row ", lang) + at.row() : at.cell());
        }
        return parts.isEmpty() ? t("(cả tệp)", "(whole file)", lang) : String.join(" › ", parts);
    }

    private static String t(String vi, String en, Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
