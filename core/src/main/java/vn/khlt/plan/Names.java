package vn.khlt.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the many ways an office writes a name ("Huyện Mỏ Cày Nam", "H. Mo Cay Nam",
 * "MỎ CÀY NAM") into one key: no diacritics, lower case, words separated by one space.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Administrative prefixes, as keys, longest first so that "thanh pho" wins over nothing. */
    private static final List<String> PREFIXES = List.of(
            "thanh pho", "thi xa", "thi tran", "huyen", "quan", "phuong", "tinh", "xa",
            "tp", "tx", "tt", "h", "q", "p");

    private Names() {
    }

    /** The key of a name: {@code "Huyện Mỏ Cày Nam"} becomes {@code "huyen mo cay nam"}. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(bare).replaceAll(" ").trim();
    }

    /**
     * The key without a leading administrative prefix ({@code "huyen mo cay nam"} becomes
     * {@code "mo cay nam"}), or empty when the name has none or is nothing but one.
     */
    public static Optional<String> withoutPrefix(String key) {
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix + " ") && key.length() > prefix.length() + 1) {
                return Optional.of(key.substring(prefix.length() + 1));
            }
        }
        return Optional.empty();
    }
}
