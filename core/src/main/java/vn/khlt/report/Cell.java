package vn.khlt.report;

import java.math.BigDecimal;
import java.util.Optional;
import vn.khlt.i18n.Lang;

/** A table's cell as a value: text, a number, a target's status, or nothing. How it looks is the renderer's. */
public sealed interface Cell {

    /** Text, shown as it is. */
    record Text(String text) implements Cell {
    }

    /**
     * A number. People are shown {@code decimals} places ({@link #AS_COLUMN}: as its column shows
     * numbers) and a percent sign when {@code percentSign}; files for machines get the number.
     */
    record Number(BigDecimal value, int decimals, boolean percentSign) implements Cell {
    }

    /** A target's status, and its label in the table's language. */
    record Status(vn.khlt.analyse.Status status, String label) implements Cell {
    }

    /** Nothing: a figure not given, or a column that does not apply to the row. */
    record Blank() implements Cell {
    }

    /** The number of decimals a number's column decides. */
    int AS_COLUMN = -1;

    Cell BLANK = new Blank();

    static Cell text(String text) {
        return text.isEmpty() ? BLANK : new Text(text);
    }

    static Cell number(BigDecimal value) {
        return new Number(value, AS_COLUMN, false);
    }

    static Cell number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    static Cell number(Optional<BigDecimal> value) {
        return value.map(Cell::number).orElse(BLANK);
    }

    /** A number shown with so many decimals, and a percent sign when asked. */
    static Cell number(Optional<BigDecimal> value, int decimals, boolean percentSign) {
        return value.<Cell>map(v -> new Number(v, decimals, percentSign)).orElse(BLANK);
    }

    /** A row of text cells. */
    static java.util.List<Cell> texts(String... texts) {
        return java.util.Arrays.stream(texts).map(Cell::text).toList();
    }

    static Cell status(vn.khlt.analyse.Status status, Lang lang) {
        return new Status(status, status.label().in(lang));
    }
}
