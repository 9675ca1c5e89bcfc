package vn.khlt.read;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell as read from a CSV line or a sheet, before it means anything: its column (0-based),
 * its text as the file holds it, and for a spreadsheet number its value and whether its format
 * shows a date or a percentage, whether it is the first of several cells merged into one,
 * whether its font strikes it through (a figure crossed out), and whether its format shows nothing
 * of its number (";;;": a figure hidden).
 */
record Cell(int column, Kind kind, String text, Optional<BigDecimal> number, boolean dateFormat,
        boolean percentFormat, boolean merged, boolean struck, boolean concealed) {

    enum Kind {
        TEXT, NUMBER, ERROR, BOOLEAN
    }

    /** A text cell, its spaces made plain ({@link #tidy}). */
    static Cell text(int column, String text) {
        return new Cell(column, Kind.TEXT, tidy(text), Optional.empty(), false, false, false, false, false);
    }

    /**
     * A cell's text with its spaces as a reader sees them: each run of spaces, tabs and no-break
     * spaces (U+00A0, as text pasted from the web or Word brings) one plain space, each run that
     * breaks the line one line break (a note's lines are its parts), none at either end. "Trong  đó:
     * Hội Nông dân" typed with two spaces is then read as "Trong đó: Hội Nông dân" is.
     */
    static String tidy(String text) {
        int n = text.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = text.charAt(i);
            plain = !space(c) || (c == ' ' || c == '\n') && i > 0 && i < n - 1 && !space(text.charAt(i - 1));
        }
        if (plain) {
            return text;
        }
        StringBuilder tidy = new StringBuilder(n);
        boolean gap = false;
        boolean lineBreak = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (space(c)) {
                gap = tidy.length() > 0;
                lineBreak |= gap && (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085');
            } else {
                if (gap) {
                    tidy.append(lineBreak ? '\n' : ' ');
                    gap = false;
                    lineBreak = false;
                }
                tidy.append(c);
            }
        }
        return tidy.toString();
    }

    /** Whether a text is empty or all spaces of any kind ({@link #space}): a no-break space alone is a blank cell. */
    static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!space(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A space of any kind: a control character or a space, and Unicode's others (the no-break
     * U+00A0, U+2007 and U+202F, the typographic U+2000–U+200A, the zero-width U+200B and U+FEFF,
     * the line and paragraph separators).
     */
    static boolean space(char c) {
        return c <= ' ' || c >= '\u0085' && (c == '\u0085' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200B'
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF');
    }

    static Cell number(int column, BigDecimal value, String raw, boolean dateFormat, boolean percentFormat) {
        return new Cell(column, Kind.NUMBER, raw, Optional.of(value), dateFormat, percentFormat, false, false, false);
    }

    static Cell error(int column, String text) {
        return new Cell(column, Kind.ERROR, text, Optional.empty(), false, false, false, false, false);
    }

    /** A formula saved without its result: an error of its own, whose text is the formula ("=SUM(C5:C9)"). */
    static Cell uncomputed(int column, String formula) {
        return new Cell(column, Kind.ERROR, "=" + formula, Optional.empty(), false, false, false, false, false);
    }

    /**
     * A formula whose saved number is not what it gives (0 in an XLS file saved by a program that
     * does not compute formulas): an error of its own, whose text is the formula and whose number
     * the one saved.
     */
    static Cell stale(int column, String formula, BigDecimal saved) {
        return new Cell(column, Kind.ERROR, "=" + formula, Optional.of(saved), false, false, false, false, false);
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
        return new Cell(column, Kind.BOOLEAN, text, Optional.empty(), false, false, false, false, false);
    }

    /** The same cell, the first of several merged into one (its text stands over them all). */
    Cell asMerged() {
        return new Cell(column, kind, text, number, dateFormat, percentFormat, true, struck, concealed);
    }

    /** The same cell, struck through by its font: a figure an office crossed out, never read. */
    Cell asStruck() {
        return new Cell(column, kind, text, number, dateFormat, percentFormat, merged, true, concealed);
    }

    /** The same number, its format showing nothing of it (";;;", or an empty section for its sign). */
    Cell asConcealed() {
        return new Cell(column, kind, text, number, dateFormat, percentFormat, merged, struck, true);
    }

    boolean blank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
