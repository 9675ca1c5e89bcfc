package vn.khlt.i18n;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A piece of text shown to users, in Vietnamese and English. Messages are templates in
 * {@link String#format} syntax; {@link #format} fills both languages at once.
 */
public record Text(String vi, String en) {

    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    // written out: a record's generated equality builds method handles on first use, at start-up
    @Override
    public boolean equals(Object other) {
        return other instanceof Text t && vi.equals(t.vi) && en.equals(t.en);
    }

    @Override
    public int hashCode() {
        return vi.hashCode() * 31 + en.hashCode();
    }

    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }

    /** The same words in both languages: codes, proper names. */
    public static Text same(String text) {
        return new Text(text, text);
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }

    /**
     * Fills the templates of both languages with the same arguments; a {@link BigDecimal} is
     * written as each language writes numbers (3.987 and 60,5 in Vietnamese).
     */
    public Text format(Object... args) {
        return new Text(String.format(Locale.ROOT, vi, localised(args, Lang.VI)),
                String.format(Locale.ROOT, en, localised(args, Lang.EN)));
    }

    private static Object[] localised(Object[] args, Lang lang) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof BigDecimal number) {
                out[i] = Numbers.format(number, 6, lang);
            } else if (out[i] instanceof Text text) {
                out[i] = text.in(lang); // a text in both languages fills each language with its own
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return vi;
    }
}
