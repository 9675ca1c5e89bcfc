package vn.khlt.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a workbook's number formats show its numbers, the same for XLSX and XLS: a date
 * (a year typed as a date shown {@code yyyy}), a percentage, or a number with words beside it
 * ({@code 0" hộ"}, {@code 0\ \n\g\ư\ờ\i}), whose cell's text is then what the sheet shows, as
 * POI's {@link DataFormatter} writes it. One per sheet or workbook read: the formatter is not shared.
 */
final class NumberFormats {

    /** How one style shows its numbers. */
    /**
     * A number format: whether it shows a date, a percentage, words beside the number; and whether
     * it shows nothing of a positive or a negative number (";;;", "0;;"): its section for that sign
     * is empty.
     */
    record Format(boolean date, boolean percent, boolean words, int index, String pattern, boolean hidesPositive,
            boolean hidesNegative) {
    }

    /** Excel shows 15 significant digits; so does khlt, which hides binary noise like 60.499999999999993. */
    static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);

    /** A cell without a style, or whose style the file does not hold. */
    static final Format GENERAL = new Format(false, false, false, 0, "General", false, false);

    /** Letters a number format writes beside the number: quoted ({@code 0" người"}) or escaped ({@code 0\ \h\ộ}). */
    private static final Pattern WORDS_IN_FORMAT = Pattern.compile("\"[^\"]*\\p{L}|\\\\\\p{L}");

    /** Made at the first date or number with words (most sheets have none). */
    private DataFormatter formatter;
    /** Whether the workbook counts its dates from 1904, as Excel for Mac once did: a date's number is then 1,462 days later. */
    private final boolean from1904;

    NumberFormats(boolean from1904) {
        this.from1904 = from1904;
    }

    static Format of(int index, String pattern) {
        if (pattern == null) {
            return GENERAL;
        }
        boolean date = DateUtil.isADateFormat(index, pattern);
        boolean words = !date && WORDS_IN_FORMAT.matcher(pattern).find();
        List<String> sections = sections(pattern);
        boolean hidesPositive = sections.size() > 1 && sections.get(0).isBlank();
        // a negative number takes the first section when there is only one; "0;" hides it
        boolean hidesNegative = sections.size() > 1 && sections.get(1).isBlank();
        return new Format(date, pattern.contains("%"), words, index, pattern, hidesPositive, hidesNegative);
    }

    /** A format's sections, split at each ";" outside quotes and escapes: positive, negative, zero, text. */
    private static List<String> sections(String pattern) {
        if (pattern.indexOf(';') < 0) {
            return List.of(pattern); // most formats, asked of each number a workbook holds
        }
        List<String> sections = new java.util.ArrayList<>();
        StringBuilder section = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < pattern.length()) {
                section.append(c);
                c = pattern.charAt(++i);
            } else if (c == ';' && !quoted) {
                sections.add(section.toString());
                section.setLength(0);
                continue;
            }
            section.append(c);
        }
        sections.add(section.toString());
        return sections;
    }

    /** Excel's built-in short date, which POI writes month first ("m/d/yy"), and the day-first form shown for it. */
    private static final int SHORT_DATE = 14;
    private static final String DAY_FIRST = "dd/mm/yyyy";

    /** The cell of a number as its format shows it; its value as saved, to Excel's 15 digits. */
    Cell cell(int column, BigDecimal value, Format format) {
        String plain = value.stripTrailingZeros().toPlainString();
        // Excel's own short date (14) shows as the computer's settings say: day first on an office's Windows in Vietnam
        String pattern = format.index() == SHORT_DATE ? DAY_FIRST : format.pattern();
        String shown = format.date() || format.words()
                ? formatter().formatRawCellContents(value.doubleValue(), format.index(), pattern, from1904) : plain;
        Cell cell = Cell.number(column, new BigDecimal(plain), shown, format.date(), format.percent());
        return value.signum() > 0 && format.hidesPositive() || value.signum() < 0 && format.hidesNegative() ? cell.asConcealed() : cell;
    }

    private DataFormatter formatter() {
        if (formatter == null) {
            formatter = new DataFormatter(Locale.ROOT); // no month names to write
        }
        return formatter;
    }
}
