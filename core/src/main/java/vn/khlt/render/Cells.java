package vn.khlt.render;

import vn.khlt.report.Table;
import java.math.BigDecimal;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;

/** A plain cell as people read it: {@code 3350} becomes {@code 3.350}, a percentage {@code 60,3%}. */
final class Cells {

    private Cells() {
    }

    static String display(Table.Column column, String cell, Lang lang) {
        if (!column.number() || !column.grouped() || cell.isEmpty()) {
            return cell;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return cell;
        }
        int decimals = column.percent() || value.stripTrailingZeros().scale() > 0 ? 1 : 0;
        return Numbers.format(value, decimals, lang) + (column.percent() ? "%" : "");
    }

    /** The length of {@link #display} of a number cell, counted rather than formatted where it can be. */
    static int displayLength(Table.Column column, BigDecimal value, Lang lang) {
        if (!column.grouped()) {
            return value.toPlainString().length();
        }
        if (value.signum() < 0) { // DecimalFormat may write -0: let it say
            return display(column, value.toPlainString(), lang).length();
        }
        int decimals = column.percent() || value.stripTrailingZeros().scale() > 0 ? 1 : 0;
        BigDecimal rounded = value.setScale(decimals, java.math.RoundingMode.HALF_UP);
        int integerDigits = Math.max(1, rounded.precision() - rounded.scale());
        boolean fraction = decimals > 0 && rounded.remainder(BigDecimal.ONE).signum() != 0;
        return integerDigits + (integerDigits - 1) / 3 + (fraction ? 2 : 0) + (column.percent() ? 1 : 0);
    }

    static BigDecimal round(BigDecimal value) {
        return vn.khlt.report.Table.stable(value);
    }

    static BigDecimal number(String cell) {
        try {
            return cell.isEmpty() ? null : new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
