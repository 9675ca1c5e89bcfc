package vn.khlt.render;

import java.math.BigDecimal;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;

/** A plain cell as people read it: {@code 3350} becomes {@code 3.350}, a percentage {@code 60,3%}. */
final class Cells {

    private Cells() {
    }

    static String display(Table.Column column, String cell, Lang lang) {
        if (!column.number() || cell.isEmpty()) {
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

    /** Four decimals are more than any figure of the plan needs, and make the output stable; never an exponent. */
    static BigDecimal round(BigDecimal value) {
        BigDecimal rounded = value.setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    static BigDecimal number(String cell) {
        try {
            return cell.isEmpty() ? null : new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
