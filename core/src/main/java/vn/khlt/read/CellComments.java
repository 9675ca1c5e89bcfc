package vn.khlt.read;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;

/**
 * The comments on a sheet's cells (Excel's notes, the red corner), read as a row's note is: one
 * that says the figures are another year's or old ones, a running total, another unit's too
 * ({@link RowNote}) or part of the year ("Số liệu 6 tháng đầu năm", {@link ReportPeriod#partial}).
 * A careful officer reads such a note before counting what it stands on: on a row's cell, the
 * row; on a header's cell, the column. A comment that says nothing of the kind ("Tăng 1 căn so
 * với năm 2018") refuses nothing.
 */
final class CellComments {

    static final CellComments NONE = new CellComments(Map.of());

    /** By row (1-based), then column (0-based). */
    private final Map<Integer, Map<Integer, String>> byRow;

    CellComments(Map<Integer, Map<Integer, String>> byRow) {
        this.byRow = byRow;
    }

    boolean isEmpty() {
        return byRow.isEmpty();
    }

    /** Files a comment's text (in Unicode, a TCVN3 one's too) under its cell, as a workbook's reader finds it. */
    static void put(Map<Integer, Map<Integer, String>> byRow, int row, int column, String text) {
        byRow.computeIfAbsent(row, r -> new java.util.TreeMap<>()).put(column, Tcvn3.unicode(text));
    }

    /** A comment that refuses what it stands on, and what it says. */
    record Said(int column, String text, Optional<RowNote.Reading> note, Optional<String> period) {

        /** The comment's place and words, as a message quotes them. */
        Text what(Location at) {
            return Text.of("ghi chú (comment) ở ô %s: '%s'", "comment on cell %s: '%s'").format(at.cell(), Header.shorten(text));
        }

        /** The refusal of a row's figures, at the comment's cell. */
        Issue rowIssue(Location at, int row) {
            if (note.isPresent()) {
                return RowNote.issue(note.get(), at, row, what(at));
            }
            return new Issue(Finding.PARTIAL_PERIOD, at, Text.of(
                    "Dòng %d: %s cho biết số liệu là của %s, không phải cả năm: không số liệu nào của dòng được tính cho năm."
                            + " Gửi số liệu cả năm",
                    "Row %d: the %s says its figures are of %s, not the full year: none of them count for the year. Send the"
                            + " full year's figures").format(row, what(at), period.orElseThrow()));
        }

        /** The refusal of a column's figures ({@code whose}: an indicator's code, or the column), at the header's cell. */
        Issue columnIssue(Location at, Text whose) {
            Text says = note.map(n -> switch (n.says()) {
                case OTHER_YEAR -> Text.of("là của năm khác hay số cũ", "another year's, or old ones");
                case RUNNING_TOTAL -> Text.of("cộng dồn nhiều năm", "a running total over several years");
                case COUNTED_ELSEWHERE -> Text.of("gồm cả số của đơn vị khác", "holding another unit's too");
                case INCOMPLETE -> Text.of("chưa đầy đủ", "incomplete");
            }).orElseGet(() -> Text.of("của " + period.orElseThrow(), "of " + period.orElseThrow()));
            Finding finding = period.isPresent() ? Finding.PARTIAL_PERIOD : note.orElseThrow().says().finding();
            return new Issue(finding, at, Text.of(
                    "Ghi chú (comment) ở ô %s: '%s' cho biết số liệu %s, không phải của năm báo cáo: không số liệu nào của %s"
                            + " trong bảng này được tính. Gửi số liệu của năm báo cáo",
                    "The comment on cell %s: '%s' says the figures are %s, not the report year's: none of %s's figures in"
                            + " this table count. Send the report year's figures").format(at.cell(), Header.shorten(text), says,
                    whose));
        }
    }

    /**
     * Every comment on a row's cells, in columns {@code from} (inclusive) to {@code to}, that says
     * its figures are not those of {@code year}; part of the year only unless the options say every
     * input is a full year's.
     */
    java.util.List<Said> all(int row, int from, int to, OptionalInt year, boolean fullYear) {
        java.util.List<Said> all = new java.util.ArrayList<>();
        for (Map.Entry<Integer, String> comment : byRow.getOrDefault(row, Map.of()).entrySet()) {
            if (comment.getKey() >= from && comment.getKey() < to) {
                said(comment.getKey(), comment.getValue(), year, fullYear).ifPresent(all::add);
            }
        }
        return all;
    }

    private static Optional<Said> said(int column, String text, OptionalInt year, boolean fullYear) {
        Optional<RowNote.Reading> note = RowNote.read(text, year);
        Optional<String> period = note.isPresent() || fullYear ? Optional.empty() : ReportPeriod.partial(text);
        return note.isEmpty() && period.isEmpty() ? Optional.empty() : Optional.of(new Said(column, text, note, period));
    }
}
