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
        // one pass for what names are made of (ASCII, Vietnamese letters, common punctuation); else the general way
        int n = name.length();
        char[] out = new char[n]; // a key is never longer than its name
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                c = c < SIMPLE.length ? simple(c) : NONE;
                if (c == SKIP) {
                    continue;
                }
                if (c == NONE) {
                    return general(name);
                }
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && length > 0) {
                    out[length++] = ' ';
                }
                gap = false;
                out[length++] = c;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, length);
    }

    /** A character that leaves nothing in a key (a combining mark), one that the general way is needed for. */
    private static final char SKIP = 0xFFFE;
    private static final char NONE = 0xFFFF;

    /**
     * What each character below U+2070 (Latin letters with their accents, Vietnamese among
     * them, and general punctuation) becomes in a key on its own: an ASCII letter or digit, a
     * separator (a space, which ends a word), {@link #SKIP} or {@link #NONE}. Found once per
     * character, the general way, when first met; 0 until then.
     */
    private static final char[] SIMPLE = new char[0x2070];

    private static char simple(char c) {
        char known = SIMPLE[c];
        if (known == 0) {
            // between two letters, the character's key shows what it is: gone, a gap, or one ASCII letter
            String probe = general("a" + c + "b");
            known = probe.equals("ab") ? SKIP : probe.equals("a b") ? ' '
                    : probe.length() == 3 && probe.charAt(1) < 0x80 ? probe.charAt(1) : NONE;
            SIMPLE[c] = known; // a race writes the same value
        }
        return known;
    }

    /** The key by its definition: marks gone (before lower-casing, which may add some: İ becomes i and a combining dot). */
    private static String general(String name) {
        return words(withoutMarks(Normalizer.normalize(name, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT));
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
     * {@code "mo cay nam"}), or empty when the name has none, is nothing but one, or is a body of
     * that level rather than a place: {@code "tinh hoi"} (Tỉnh hội, the provincial association)
     * and {@code "tinh doan"} leave {@code "hoi"} and {@code "doan"}, which name no place.
     */
    public static Optional<String> withoutPrefix(String key) {
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                String rest = key.substring(prefix.length());
                return BODIES.contains(rest) ? Optional.empty() : Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    /** An association's office of a district, a city or a town, and the place's level it stands for. */
    private static final List<String[]> OFFICES = List.of(
            new String[] {"huyen hoi ", "huyen "}, new String[] {"thanh hoi ", "thanh pho "}, new String[] {"thi hoi ", "thi xa "});

    /**
     * The key of the place whose association's office a key names ({@code "huyen hoi ba tri"}, Huyện hội Ba Tri,
     * becomes {@code "huyen ba tri"}; {@code "thanh hoi ben tre"} becomes {@code "thanh pho ben tre"}), or empty.
     */
    public static Optional<String> placeOfOffice(String key) {
        for (String[] office : OFFICES) {
            if (key.startsWith(office[0]) && key.length() > office[0].length()) {
                return Optional.of(office[1] + key.substring(office[0].length()));
            }
        }
        return Optional.empty();
    }

    /** Where words run together as Windows users name files: "TinhDoan", "BaoCao2019", "HND2019". */
    private static final java.util.regex.Pattern RUN_TOGETHER = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=(?:19|20)\\d\\d(?!\\d))|(?<=(?<!\\d)(?:19|20)\\d\\d)(?=\\p{L})");

    /**
     * A name with the words it runs together set apart: {@code "HoiNongDan_BaoCao2019"} becomes
     * {@code "Hoi Nong Dan_Bao Cao 2019"}; a year is parted from the letters around it, other
     * digits are not (a unit's code, {@code T01}, stays whole).
     */
    public static String parted(String name) {
        return RUN_TOGETHER.matcher(name).replaceAll(" ");
    }

    /** Levels offices write after a name, in brackets or not: "Giồng Trôm (huyện)", "Bến Tre TP". */
    private static final List<String> SUFFIXES = List.of(" thanh pho", " thi xa", " huyen", " quan", " tp", " tx");

    /**
     * The key without a level written after the name ({@code "giong trom huyen"} becomes
     * {@code "giong trom"}), or empty when it has none or is nothing but one.
     */
    public static Optional<String> withoutSuffix(String key) {
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                return Optional.of(key.substring(0, key.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    /** What follows a level's prefix when the name is a body of that level (Tỉnh hội, Huyện đoàn), not a place. */
    private static final java.util.Set<String> BODIES = java.util.Set.of("hoi", "doan", "uy", "hoi dong");
}
