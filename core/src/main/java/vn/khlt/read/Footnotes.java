package vn.khlt.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;

/**
 * A table's rows marked for a footnote ("Ba Tri (*)", "Giồng Trôm (1)", "CT09 **") and the notes
 * below it that the marks point to ("(*) Số liệu năm 2018 do huyện chưa gửi báo cáo", "Ghi chú:
 * (1) Số liệu 6 tháng"). A careful officer reads the note before counting the row: the figures of
 * a marked row wait for the table's end, and are refused when its note says they are not the
 * year's (part of it, another year, a running total, another unit's too: {@link RowNote}); else
 * they count as any row's.
 */
final class Footnotes {

    /** Digits written as superscripts, a footnote's mark typed after a word ("Chợ Lách¹"). */
    static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    /**
     * A cell's text ending in a footnote's mark after a word: "Ba Tri (*)", "Mỏ Cày Nam(1)", "Chợ Lách **",
     * "Giồng Trôm²"; the words before it are {@code name}, the mark one of {@code number}, {@code stars}, {@code sup}.
     */
    private static final Pattern MARKED = Pattern.compile("(?<name>.*\\p{L})\\s*(?:\\(\\s*(?<number>\\d{1,2}|\\*{1,3})\\s*\\)"
            + "|(?<stars>\\*{1,3})|(?<sup>[" + SUPERSCRIPTS + "]{1,2}))\\s*");

    /** A name without the footnote's mark it ends with ("Thạnh Phú (1)" is "Thạnh Phú"); the text itself when it ends in none. */
    static String unmarked(String text) {
        Matcher marked = MARKED.matcher(text);
        return marked.matches() ? marked.group("name") : text;
    }

    /** A mark that begins a note: "(*)", "(1)", "**", "1)", "¹"; after "Ghi chú:" or "Chú thích:" too. */
    private static final Pattern NOTE_MARK = Pattern.compile("\\(\\s*(?<number>\\d{1,2}|\\*{1,3})\\s*\\)"
            + "|(?<![\\p{L}\\d*])(?<stars>\\*{1,3})(?!\\*)|(?<![\\p{L}\\d])(?<sup>[" + SUPERSCRIPTS + "]{1,2})");
    private static final Pattern NOTE_LEAD = Pattern.compile("\\s*(?iu:ghi chú|chú thích|ghi chu|chu thich|lưu ý)\\s*:?\\s*");

    /** A footnote: its words and where they stand. */
    private record Note(String words, Location at) {
    }

    /** The table's rows marked for a footnote, by number ("Ba Tri (*)"). */
    private final Marked<Integer> rows = new Marked<>(RowNote::row, RowNote.ROW);
    /** A table across's units' columns marked for a footnote, by name ("Chợ Lách (**)"). */
    private final Marked<String> columns = new Marked<>(column -> Text.of("Cột " + column, "Column " + column), RowNote.COLUMN);
    private final Map<String, Note> notes = new HashMap<>();

    /** Rows or columns marked for a footnote, each with its mark and where, and their figures held till the table's end. */
    private final class Marked<K> {
        private final Map<K, String> marks = new HashMap<>();
        private final Map<K, Location> at = new HashMap<>();
        private final Map<K, List<Figure>> held = new LinkedHashMap<>();
        private final java.util.function.Function<K, Text> where;
        private final Text part;

        Marked(java.util.function.Function<K, Text> where, Text part) {
            this.where = where;
            this.part = part;
        }

        void mark(K key, String mark, Location place) {
            marks.put(key, mark);
            at.put(key, place);
        }

        /** A key marked as another is: a part's row under its unit's marked one. */
        void markAs(K key, K other) {
            if (marks.containsKey(other)) {
                mark(key, marks.get(other), at.get(other));
            }
        }

        boolean hold(K key, Figure figure) {
            if (marks.isEmpty() || !marks.containsKey(key)) {
                return false;
            }
            held.computeIfAbsent(key, k -> new ArrayList<>()).add(figure);
            return true;
        }

        /** Each one's figures counted, unless its note says otherwise; then none is marked. */
        void settle(Consumer<Figure> count, List<Issue> issues, boolean partOfYear) {
            held.forEach((key, figures) -> Footnotes.this.settle(figures, marks.get(key), at.get(key), where.apply(key), part,
                    count, issues, partOfYear));
            marks.clear();
            at.clear();
            held.clear();
        }
    }

    /**
     * Reads a row of the table: a note below it, in the row's first cell ("(*) Số liệu năm 2018",
     * "Ghi chú: (1) …"), or the mark a row's label ends with ("Ba Tri (*)", "CT09 (1)"), in its
     * {@code labels} columns (the units', the indicators'). Only a character or two is looked at
     * on a row that has neither.
     */
    void row(Row row, int[] labels, Location sheet) {
        int column = row.firstFilled();
        char first = column < 0 ? 0 : row.edge(column, false);
        if (first == '(' || first == '*' || "gGcClL".indexOf(first) >= 0 || SUPERSCRIPTS.indexOf(first) >= 0) {
            String text = row.text(column);
            if (noteLike(text)) {
                notes(text, sheet.at(row.number(), Location.columnName(column)));
                return;
            }
        }
        for (int label : labels) {
            char last = row.edge(label, true);
            if (last == ')' || last == '*' || SUPERSCRIPTS.indexOf(last) >= 0) {
                Matcher marked = MARKED.matcher(row.text(label));
                if (marked.matches()) {
                    rows.mark(row.number(), said(marked), sheet.at(row.number(), Location.columnName(label)));
                    return;
                }
            }
        }
    }

    /** Whether a cell may begin with a note's mark: "(*) …", "* …", "Ghi chú: (1) …". */
    private static boolean noteLike(String text) {
        char first = text.charAt(0);
        if (first == '(' || first == '*' || SUPERSCRIPTS.indexOf(first) >= 0) {
            return true;
        }
        if (text.length() <= 8 || "gGcClL \t".indexOf(first) < 0) {
            return false; // what nearly every cell of a table is: no regular expression asked
        }
        Matcher lead = NOTE_LEAD.matcher(text);
        return lead.lookingAt() && text.startsWith("(", lead.end());
    }

    /** Whether a note's words begin with a footnote's mark ("Ghi chú: (*) Số liệu 6 tháng"): they speak of the rows so marked. */
    static boolean marks(String text) {
        return leadingMark(text).isPresent();
    }

    /** Whether a note's line is a footnote's mark alone ("(*)", "Ghi chú: (1)"): its words are on the next line. */
    static boolean markAlone(String text) {
        return leadingMark(text).filter(mark -> text.substring(mark.end()).isBlank()).isPresent();
    }

    /** The mark a note's words begin with, after "Ghi chú:" if it leads them, found; empty when they begin otherwise. */
    private static Optional<Matcher> leadingMark(String text) {
        Matcher lead = NOTE_LEAD.matcher(text);
        int start = lead.lookingAt() ? lead.end() : 0;
        Matcher mark = NOTE_MARK.matcher(text);
        return mark.find(start) && mark.start() == start ? Optional.of(mark) : Optional.empty();
    }

    /** The notes a cell holds, each after its mark, when the cell begins with one. */
    private void notes(String text, Location at) {
        Optional<Matcher> first = leadingMark(text);
        if (first.isEmpty()) {
            return;
        }
        Matcher mark = first.get();
        String said = said(mark);
        int from = mark.end();
        while (mark.find()) {
            note(said, text.substring(from, mark.start()), at);
            said = said(mark);
            from = mark.end();
        }
        note(said, text.substring(from), at);
    }

    /** The mark a match found, its superscript digits as digits: "¹" is the mark of "(1)". */
    private static String said(Matcher mark) {
        String said = mark.group("number") != null ? mark.group("number")
                : mark.group("stars") != null ? mark.group("stars") : mark.group("sup");
        StringBuilder digits = new StringBuilder(said.length());
        for (char c : said.toCharArray()) {
            int at = SUPERSCRIPTS.indexOf(c);
            digits.append(at >= 0 ? (char) ('0' + at) : c);
        }
        return digits.toString();
    }

    /** A mark's note, the first with words ("(1)" alone is a column's number, above the table's rows). */
    private void note(String mark, String words, Location at) {
        String stripped = words.strip().replaceFirst("^[:.;,\\-–]\\s*", "").replaceFirst("[;,.]$", "").strip();
        if (!stripped.isEmpty()) {
            notes.putIfAbsent(mark, new Note(stripped, at));
        }
    }

    /**
     * A row under a marked one that gives part of its figures ("Thạnh Phú (*)", then "Trong đó: Hội
     * Nông dân"): the mark is the unit's, so the note speaks of the part too.
     */
    void under(int markedRow, int row) {
        rows.markAs(row, markedRow);
    }

    /**
     * A table across's unit's column, whose title may end in a footnote's mark ("Chợ Lách (**)"): its
     * figures then wait for the note, as a marked row's do.
     */
    void column(String title, Location at) {
        for (String line : Header.titleRows(title)) { // a title over rows: "Chợ Lách (**) / Thực hiện"
            char last = line.isEmpty() ? 0 : line.charAt(line.length() - 1);
            if (last == ')' || last == '*' || SUPERSCRIPTS.indexOf(last) >= 0) {
                Matcher marked = MARKED.matcher(line);
                if (marked.matches()) {
                    columns.mark(at.column(), said(marked), at);
                    return;
                }
            }
        }
    }

    /** Whether a figure is a marked row's or a marked column's, and so waits for the table's end. */
    boolean hold(Figure figure) {
        return columns.hold(figure.source().column(), figure) || rows.hold(figure.source().row(), figure);
    }

    /**
     * At the table's end: each marked row's figures counted, unless its note says they are not the
     * year's (said once a row, {@code partOfYear} only when the inputs are not all said to be full years).
     */
    void end(Consumer<Figure> count, List<Issue> issues, boolean partOfYear) {
        rows.settle(count, issues, partOfYear);
    }

    /**
     * After a table across's figures are made: each marked column's counted, unless its note says they
     * are not the year's; then the table's notes are done with.
     */
    void endColumns(Consumer<Figure> count, List<Issue> issues, boolean partOfYear) {
        columns.settle(count, issues, partOfYear);
        notes.clear();
    }

    /** A marked row's or column's figures: refused when its note says so, else counted. */
    private void settle(List<Figure> figures, String mark, Location at, Text where, Text part, Consumer<Figure> count,
            List<Issue> issues, boolean partOfYear) {
        Note note = notes.get(mark);
        Optional<Issue> refused = note == null || note.words().isEmpty() ? Optional.empty()
                : refusal(at, where, part, mark, note, figures.get(0).year(), partOfYear);
        if (refused.isPresent()) {
            issues.add(refused.get());
        } else {
            figures.forEach(count);
        }
    }

    private Optional<Issue> refusal(Location at, Text where, Text part, String mark, Note note, int year, boolean partOfYear) {
        String words = Header.shorten(note.words());
        Optional<String> period = partOfYear ? ReportPeriod.partial(note.words()) : Optional.empty();
        if (period.isPresent()) {
            return Optional.of(new Issue(Finding.PARTIAL_PERIOD, at, Text.of(
                    "%s đánh dấu (%s), chú thích ở %s ('%s') cho biết số liệu là của %s, không phải cả năm: không số liệu"
                            + " nào của %s được tính cho năm. Gửi số liệu cả năm",
                    "%s is marked (%s), and its footnote in %s ('%s') says its figures are of %s, not the full year: none"
                            + " of them count for the year. Send the full year's figures")
                    .format(where, mark, note.at().cell(), words, period.get(), part)));
        }
        Optional<RowNote.Reading> says = RowNote.read(note.words(), year > 0 ? OptionalInt.of(year) : OptionalInt.empty());
        return says.map(reading -> RowNote.issue(reading, at, where, part, Text.of(
                "chú thích (%s) ở %s: '%s'", "footnote (%s) in %s: '%s'").format(mark, note.at().cell(), words)));
    }
}
