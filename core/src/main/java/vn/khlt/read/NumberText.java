package vn.khlt.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as Vietnamese offices write it, and as Excel and English users do:
 * {@code 3.987} and {@code 3 987} are 3987, {@code 60,5} and {@code 60.5} are 60.5,
 * {@code 1.234.567,5} and {@code 1,234,567.5} are the same, {@code 60,5%} is 60.5 percent.
 *
 * <p>A lone separator followed by exactly three digits, with no leading zero, groups
 * thousands ({@code 3.987}, {@code 1,234}); otherwise it is the decimal separator
 * ({@code 60,5}, {@code 0.125}). Anything else — letters, {@code NaN}, {@code 1e400}, dates —
 * is not a number.
 */
final class NumberText {

    /** More digits than any count or rate of a plan can need; longer is refused, not parsed. */
    static final int MAX_DIGITS = 30;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Spaces beside anything but a digit: around a sign, a percent sign, a quote. */
    private static final Pattern BESIDE_A_SIGN = Pattern.compile("(?<=[^\\d\\s])[\\s\\u00A0\\u202F]+|[\\s\\u00A0\\u202F]+(?=[^\\d\\s])");
    /** Thousands grouped by spaces, a decimal part perhaps: {@code 3 987}, {@code 1 234 567,5}. */
    private static final Pattern SPACE_GROUPED = Pattern.compile(
            "['+\\-−]?[1-9]\\d{0,2}(?:[\\s\\u00A0\\u202F]\\d{3})+(?:[.,]\\d+)?%?");
    private static final Pattern GROUPED_DOT = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+");
    private static final Pattern DECIMAL_DOT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DOT_GROUPS_COMMA_DECIMAL = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+,\\d+");
    private static final Pattern COMMA_GROUPS_DOT_DECIMAL = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");

    /** A number read from text, and whether it carried a percent sign. */
    record Parsed(BigDecimal value, boolean percent) {
    }

    private NumberText() {
    }

    /** The text without spaces at its ends, no-break ones too ("132\u00A0", as text copied from a web page or Word ends). */
    private static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** The number the text stands for, or empty when it is not one. Blank text is not a number either. */
    static Optional<Parsed> parse(String text) {
        if (plainDigits(text)) { // what nearly every cell of a CSV holds: skip the patterns
            return Optional.of(new Parsed(BigDecimal.valueOf(Long.parseLong(text)), false));
        }
        String s = stripped(text);
        if (SPACES.matcher(s).find()) {
            s = BESIDE_A_SIGN.matcher(s).replaceAll(""); // "60,5 %", "- 5"
            if (SPACES.matcher(s).find() && !SPACE_GROUPED.matcher(s).matches()) {
                return Optional.empty(); // "2 5": a slip of the hand, or two numbers? Only thousands are grouped by a space
            }
            s = SPACES.matcher(s).replaceAll("");
        }
        if (s.startsWith("'")) {
            s = s.substring(1); // Excel's mark of a number kept as text ('3), as some exports write it out
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        boolean negative = s.startsWith("-") || s.startsWith("−");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.length() > MAX_DIGITS + 8) {
            return Optional.empty();
        }
        String plain = canonical(s);
        if (plain == null || plain.replace(".", "").length() > MAX_DIGITS) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(new Parsed(negative ? value.negate() : value, percent));
    }

    private static boolean plainDigits(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The text as {@code 1234.5}, or null when it is no number. */
    private static String canonical(String s) {
        if (DIGITS.matcher(s).matches()) {
            return s;
        }
        if (GROUPED_DOT.matcher(s).matches()) {
            return s.replace(".", "");
        }
        if (GROUPED_COMMA.matcher(s).matches()) {
            return s.replace(",", "");
        }
        if (DECIMAL_DOT.matcher(s).matches()) {
            return s;
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return s.replace(',', '.');
        }
        if (DOT_GROUPS_COMMA_DECIMAL.matcher(s).matches()) {
            return s.replace(".", "").replace(',', '.');
        }
        if (COMMA_GROUPS_DOT_DECIMAL.matcher(s).matches()) {
            return s.replace(",", "");
        }
        return null;
    }
}
