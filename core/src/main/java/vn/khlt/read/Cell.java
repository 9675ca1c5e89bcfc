package vn.khlt.read;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell as read from a CSV line or a sheet, before it means anything: its column (0-based),
 * its text as the file holds it, and for a spreadsheet number its value and whether its format
 * shows a date or a percentage, and whether it is the first of several cells merged into one.
 */
record Cell(int column, Kind kind, String text, Optional<BigDecimal> number, boolean dateFormat,
        boolean percentFormat, boolean merged) {

    enum Kind {
        TEXT, NUMBER, ERROR, BOOLEAN
    }

    static Cell text(int column, String text) {
        return new Cell(column, Kind.TEXT, text, Optional.empty(), false, false, false);
    }

    static Cell number(int column, BigDecimal value, String raw, boolean dateFormat, boolean percentFormat) {
        return new Cell(column, Kind.NUMBER, raw, Optional.of(value), dateFormat, percentFormat, false);
    }

    static Cell error(int column, String text) {
        return new Cell(column, Kind.ERROR, text, Optional.empty(), false, false, false);
    }

    /** A formula saved without its result: an error of its own, whose text is the formula ("=SUM(C5:C9)"). */
    static Cell uncomputed(int column, String formula) {
        return new Cell(column, Kind.ERROR, "=" + formula, Optional.empty(), false, false, false);
    }

    /**
     * A formula whose saved number is not what it gives (0 in an XLS file saved by a program that
     * does not compute formulas): an error of its own, whose text is the formula and whose number
     * the one saved.
     */
    static Cell stale(int column, String formula, BigDecimal saved) {
        return new Cell(column, Kind.ERROR, "=" + formula, Optional.of(saved), false, false, false);
    }

    /** Whether the cell holds a number, typed or written as text ("1.234", "85%"). */
    boolean holdsNumber() {
        return kind == Kind.NUMBER || kind == Kind.TEXT && NumberText.parse(text).isPresent();
    }

    /** Whether this is a formula saved without its result, or with another than it gives ({@link #stale}). */
    boolean uncomputed() {
        return kind == Kind.ERROR && text.startsWith("=");
    }

    static Cell bool(int column, String text) {
        return new Cell(column, Kind.BOOLEAN, text, Optional.empty(), false, false, false);
    }

    /** The same cell, the first of several merged into one (its text stands over them all). */
    Cell asMerged() {
        return new Cell(column, kind, text, number, dateFormat, percentFormat, true);
    }

    boolean blank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
