package vn.khlt.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of a sheet or a CSV record, numbered as the spreadsheet shows it (1-based); whether the
 * sheet hides it; the texts of the cells merged down into it from the rows above, by column, and
 * of those merged across it from a cell on its left, by the columns they cover
 * ({@link MergedCells}): none of them its own cells.
 */
record Row(int number, List<Cell> cells, boolean hidden, Map<Integer, String> mergedAbove,
        Map<Integer, String> mergedBeside) {

    /** The cells are the caller's own list, which it hands over and no longer changes. */
    Row {
        cells = cells instanceof TextCells ? cells : java.util.Collections.unmodifiableList(cells);
    }

    Row(int number, List<Cell> cells, boolean hidden) {
        this(number, cells, hidden, Map.of(), Map.of());
    }

    /** The same row with other cells (some taken out or filled in), its merged cells' texts as they were. */
    Row withCells(List<Cell> other) {
        return new Row(number, other, hidden, mergedAbove, mergedBeside);
    }

    Row(int number, List<Cell> cells) {
        this(number, cells, false);
    }

    /** The text a cell merged down from a row above shows in a column where this row has none; empty otherwise. */
    String mergedText(int column) {
        return mergedAbove.isEmpty() ? "" : mergedAbove.getOrDefault(column, "");
    }

    /**
     * The text of a cell on this row's left merged across a column where the row has none ("10"
     * typed under *Kế hoạch* and merged over *Thực hiện*); empty otherwise.
     */
    String mergedFromLeft(int column) {
        return mergedBeside.isEmpty() ? "" : mergedBeside.getOrDefault(column, "");
    }

    /** The text a column shows: the row's own, else a cell's merged down into it from above. */
    String shownText(int column) {
        return filled(column) ? text(column) : mergedText(column);
    }

    /** The cell in a column, if the row has a non-blank one there. */
    Optional<Cell> cell(int column) {
        return Optional.ofNullable(at(column));
    }

    /** Whether the row has a non-blank cell in a column (a CSV row's field is not made into a cell to tell). */
    boolean filled(int column) {
        if (cells instanceof TextCells fields) {
            return !fields.blank(column);
        }
        return at(column) != null;
    }

    /** The non-blank cell in a column, or null: for the paths taken on every row. */
    Cell at(int column) {
        if (cells instanceof TextCells fields) {
            return fields.blank(column) ? null : fields.get(column);
        }
        if (column < cells.size() && cells.get(column).column() == column) { // a dense row: cells by position
            Cell cell = cells.get(column);
            return cell.blank() ? null : cell;
        }
        for (Cell cell : cells) {
            if (cell.column() == column) {
                return cell.blank() ? null : cell;
            }
        }
        return null;
    }

    /** The text of a column, trimmed; empty when blank. */
    String text(int column) {
        if (cells instanceof TextCells fields) {
            return fields.text(column);
        }
        Cell cell = at(column);
        return cell == null ? "" : cell.text().strip();
    }

    /**
     * Whether a text cell of the row holds the letters "ng" in any case, as "ngày" does, or "đi", as
     * "thời điểm" does: a look at the text as the file holds it (no cell made from a CSV field) before
     * a day is read from the row.
     */
    boolean mayGiveADay() {
        if (cells instanceof TextCells fields) {
            for (int i = 0; i < fields.size(); i++) {
                if (ng(fields.raw(i))) {
                    return true;
                }
            }
            return false;
        }
        for (Cell cell : cells) {
            if (cell.kind() == Cell.Kind.TEXT && ng(cell.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ng(String text) {
        // "đ" is no Latin-1 letter: a text of Latin-1 (most of a CSV file's fields) is told it has none at once
        return after(text, 'g', 'n', 'N') || after(text, 'G', 'n', 'N')
                || (text.indexOf('đ') >= 0 || text.indexOf('Đ') >= 0) && (after(text, 'i', 'đ', 'Đ') || after(text, 'I', 'đ', 'Đ'));
    }

    /** Whether a letter stands in a text right after one of two others: the JDK's search for a char, at each. */
    private static boolean after(String text, char letter, char before, char beforeUpper) {
        for (int at = text.indexOf(letter, 1); at > 0; at = text.indexOf(letter, at + 1)) {
            char left = text.charAt(at - 1);
            if (left == before || left == beforeUpper) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day a text cell of the row gives as a letterhead or a form's line does ("Bến Tre, ngày 10
     * tháng 6 năm 2019", "Ngày báo cáo: 20/06/2019"; or its label alone, "Ngày báo cáo:", the day in
     * the next cell, typed or a date), and the first year not over then ({@link ReportPeriod#signed}).
     */
    Optional<ReportPeriod.Signed> day(Cell cell) {
        if (cell.kind() != Cell.Kind.TEXT) {
            return Optional.empty();
        }
        Optional<ReportPeriod.Signed> signed = ReportPeriod.signed(cell.text());
        if (signed.isPresent() || !ReportPeriod.dayColumn(vn.khlt.plan.Names.key(cell.text()))) {
            return signed;
        }
        for (Cell next : cells) {
            if (next.column() > cell.column() && !next.blank()) {
                return next.kind() == Cell.Kind.TEXT || next.dateFormat()
                        ? ReportPeriod.rowsDay(cell.text(), next.text()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether every number of the row is a date ("Ngày báo cáo: | 20/06/2019" in a workbook), or it has none. */
    boolean onlyDays() {
        for (Cell cell : cells) {
            if (cell.holdsNumber() && !(cell.kind() == Cell.Kind.NUMBER && cell.dateFormat())) {
                return false;
            }
        }
        return true;
    }

    /** Whether any of the row's cells holds a number: typed, or as text ("1.234", "85%"). */
    boolean holdsNumber() {
        for (Cell cell : cells) {
            if (cell.holdsNumber()) {
                return true;
            }
        }
        return false;
    }

    /** The column of the row's first non-blank cell, or -1. */
    int firstFilled() {
        if (cells instanceof TextCells fields) {
            for (int i = 0; i < fields.size(); i++) {
                if (!fields.blank(i)) {
                    return i;
                }
            }
            return -1;
        }
        for (Cell cell : cells) {
            if (!cell.blank()) {
                return cell.column();
            }
        }
        return -1;
    }

    /**
     * The first character of a column's text, or its last ({@code last}), spaces aside; 0 when blank.
     * For the looks taken at every row: a CSV row's field is not made into a cell to tell.
     */
    char edge(int column, boolean last) {
        String text;
        if (cells instanceof TextCells fields) {
            text = fields.raw(column);
        } else {
            Cell cell = at(column);
            text = cell == null ? "" : cell.text();
        }
        int from = 0;
        int to = text.length();
        while (from < to && Cell.space(text.charAt(from))) {
            from++;
        }
        while (to > from && Cell.space(text.charAt(to - 1))) {
            to--;
        }
        return from == to ? 0 : text.charAt(last ? to - 1 : from);
    }

    /** The row's cells from one column up to another (not included), as one of two tables side by side sees it. */
    Row slice(int from, int to) {
        List<Cell> kept = new java.util.ArrayList<>();
        for (Cell cell : cells) {
            if (cell.column() >= from && cell.column() < to) {
                kept.add(cell);
            }
        }
        return new Row(number, kept, hidden, within(mergedAbove, from, to), within(mergedBeside, from, to));
    }

    private static Map<Integer, String> within(Map<Integer, String> texts, int from, int to) {
        Map<Integer, String> kept = new java.util.HashMap<>();
        texts.forEach((column, text) -> {
            if (column >= from && column < to) {
                kept.put(column, text);
            }
        });
        return kept;
    }

    boolean blank() {
        if (cells instanceof TextCells fields) {
            return fields.allBlank();
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).blank()) {
                return false;
            }
        }
        return true;
    }
}
