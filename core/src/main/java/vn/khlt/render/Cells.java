package vn.khlt.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.report.Cell;
import vn.khlt.report.Table;

/** How a cell looks: to people ({@code 3.350}, {@code 60,3%}), or to machines ({@code 3350}, {@code 60.3}). */
final class Cells {

    private Cells() {
    }

    /** A cell as people read it in a language, an empty one as the table says. */
    static String display(Table table, int column, Cell cell, Lang lang) {
        Table.Column c = table.columns().get(column);
        if (cell instanceof Cell.Number number) {
            return display(c, number, lang);
        }
        // a missing figure as the table says it (— in the gap table); an empty text is empty
        return cell instanceof Cell.Blank && c.number() ? table.blank() : plain(cell);
    }

    static String display(Table.Column column, Cell.Number number, Lang lang) {
        BigDecimal value = number.value();
        if (number.decimals() != Cell.AS_COLUMN) {
            return Numbers.format(value, number.decimals(), lang) + (number.percentSign() ? "%" : "");
        }
        // from the figure the files publish (four decimals), so that a page and its CSV agree
        BigDecimal published = Table.stable(value);
        if (!column.grouped()) {
            return published.toPlainString();
        }
        return Numbers.format(published, decimals(column, published), lang) + (column.percent() ? "%" : "");
    }

    /** A number's column shows one decimal for a percentage or a fraction, none for a whole number. */
    private static int decimals(Table.Column column, BigDecimal value) {
        return column.percent() || value.stripTrailingZeros().scale() > 0 ? 1 : 0;
    }

    /** A cell for machines: a number plainly (dot decimal, no grouping, at most four decimals), text as it is. */
    static String plain(Cell cell) {
        if (cell instanceof Cell.Number number) {
            return Table.stable(number.value()).toPlainString();
        }
        if (cell instanceof Cell.Text text) {
            return text.text();
        }
        return cell instanceof Cell.Status status ? status.label() : "";
    }

    /** The length of {@link #display} of a number cell, counted rather than formatted where it can be. */
    static int displayLength(Table.Column column, Cell.Number number, Lang lang) {
        BigDecimal value = number.value();
        if (number.decimals() != Cell.AS_COLUMN || value.signum() < 0) { // DecimalFormat may write -0: let it say
            return display(column, number, lang).length();
        }
        BigDecimal published = Table.stable(value);
        if (!column.grouped()) {
            return published.toPlainString().length();
        }
        int decimals = decimals(column, published);
        BigDecimal rounded = published.setScale(decimals, RoundingMode.HALF_UP);
        int integerDigits = Math.max(1, rounded.precision() - rounded.scale());
        boolean fraction = decimals > 0 && rounded.remainder(BigDecimal.ONE).signum() != 0;
        return integerDigits + (integerDigits - 1) / 3 + (fraction ? 2 : 0) + (column.percent() ? 1 : 0);
    }
}
