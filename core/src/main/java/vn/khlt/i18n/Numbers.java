package vn.khlt.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers as each language writes them: Vietnamese groups thousands with {@code .} and writes
 * decimals with {@code ,} (3.987 households, 60,5 %); English the other way round.
 */
public final class Numbers {

    private Numbers() {
    }

    /** A number with thousands grouped and at most {@code maxDecimals} decimals, no trailing zeros. */
    public static String format(BigDecimal value, int maxDecimals, Lang lang) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols(lang));
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String format(BigDecimal value, Lang lang) {
        return format(value, 2, lang);
    }

    private static DecimalFormatSymbols symbols(Lang lang) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(lang.locale());
        symbols.setGroupingSeparator(lang == Lang.VI ? '.' : ',');
        symbols.setDecimalSeparator(lang == Lang.VI ? ',' : '.');
        symbols.setMinusSign('-');
        return symbols;
    }
}
