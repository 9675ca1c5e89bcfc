package vn.khlt.i18n;

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

    /** Fills the templates of both languages with the same arguments. */
    public Text format(Object... args) {
        return new Text(String.format(Locale.ROOT, vi, args), String.format(Locale.ROOT, en, args));
    }

    @Override
    public String toString() {
        return vi;
    }
}
