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
        if (maxDecimals < 0 || maxDecimals >= MAX_CACHED) {
            return formatter(maxDecimals, lang).format(value);
        }
        // a formatter is costly to make and not thread-safe: one per thread, language and precision
        DecimalFormat[][] mine = FORMATS.get();
        DecimalFormat format = mine[lang.ordinal()][maxDecimals];
        if (format == null) {
            format = formatter(maxDecimals, lang);
            mine[lang.ordinal()][maxDecimals] = format;
        }
        return format.format(value);
    }

    private static final int MAX_CACHED = 12;
    private static final ThreadLocal<DecimalFormat[][]> FORMATS =
            ThreadLocal.withInitial(() -> new DecimalFormat[Lang.values().length][MAX_CACHED]);

    private static DecimalFormat formatter(int maxDecimals, Lang lang) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols(lang));
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
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

    /** A count and its English noun, in the plural unless one: "1 file", "2 files" (Vietnamese nouns do not change). */
    public static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
