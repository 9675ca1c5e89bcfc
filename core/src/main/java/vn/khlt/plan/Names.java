package vn.khlt.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the many ways an office writes a name ("Huyện Mỏ Cày Nam", "H. Mo Cay Nam",
 * "MỎ CÀY NAM") into one key: no diacritics, lower case, words separated by one space.
 */
public final class Names {

    /** Administrative prefixes, as keys with the space that follows them, longest first so that "thanh pho" wins over nothing. */
    private static final List<String> PREFIXES = List.of(
            "thanh pho ", "thi xa ", "thi tran ", "huyen ", "quan ", "phuong ", "tinh ", "xa ",
            "tp ", "tx ", "tt ", "h ", "q ", "p ");

    private Names() {
    }

    /** The key of a name: {@code "Huyện Mỏ Cày Nam"} becomes {@code "huyen mo cay nam"}. */
    public static String key(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 0x80;
        }
        // marks go before lower-casing, which may add some (İ becomes i and a combining dot)
        String bare = ascii ? name : withoutMarks(Normalizer.normalize(name, Normalizer.Form.NFD));
        return words(bare.toLowerCase(Locale.ROOT));
    }

    /** The text without its combining marks ({@code \p{M}}), đ and Đ as d and D. */
    private static String withoutMarks(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (!isMark(c)) {
                out.appendCodePoint(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }
        }
        return out.toString();
    }

    /** Letters and digits ({@code \p{L}}, {@code \p{N}}) as they are, every run of anything else one space, none at the ends. */
    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        boolean same = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isWordPart(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
                same = false;
            }
        }
        return same ? text : out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWordPart(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The key without a leading administrative prefix ({@code "huyen mo cay nam"} becomes
     * {@code "mo cay nam"}), or empty when the name has none or is nothing but one.
     */
    public static Optional<String> withoutPrefix(String key) {
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return Optional.of(key.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
