package vn.khlt.read;

/**
 * Text typed with the TCVN3 (ABC) fonts of older Vietnamese offices (.VnTime, .VnArial): Excel
 * keeps each of its letters as the Latin-1 character of the same byte ("Héi N«ng d©n" for "Hội
 * Nông dân", "§¬n vÞ" for "Đơn vị"), which only those fonts show as Vietnamese. A workbook's text
 * is turned into Unicode when it is plainly such text: Latin-1 only, with at least one character
 * that Vietnamese written in Unicode never uses (§, ¬, ©, «, ¸, µ, Þ, Ö, ...). Text that holds any
 * letter beyond Latin-1 (ư, ơ, đ, ạ, ...) is Unicode already and is left as it is. The fonts for
 * capitals (.VnTimeH) draw the small letters' codes as capitals: such text becomes small letters,
 * which every name and header is matched without regard to.
 */
final class Tcvn3 {

    /** The Unicode letter of each TCVN3 code from 0xA1 to 0xFE; 0 where the code is Latin-1's own. */
    private static final char[] LETTERS = new char[0xFF - 0xA1];

    static {
        put(0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"); // 0xA1–0xAE
        put(0xB5, "àảãáạ");
        put(0xBB, "ằẳẵắ");
        put(0xC6, "ặầẩẫấậè");        // 0xC6–0xCC
        put(0xCE, "ẻẽéẹềểễếệìỉ");    // 0xCE–0xD8
        put(0xDC, "ĩíịò");           // 0xDC–0xDF
        put(0xE1, "ỏõóọồổỗốộờởỡớợù"); // 0xE1–0xEF
        put(0xF1, "ủũúụừửữứựỳỷỹýỵ"); // 0xF1–0xFE
    }

    private static void put(int first, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            LETTERS[first - 0xA1 + i] = letters.charAt(i);
        }
    }

    /**
     * Latin-1 characters that stand for a Vietnamese letter in TCVN3 and are never one in Unicode
     * Vietnamese (which uses à á â ã è é ê ì í ò ó ô õ ù ú ý of Latin-1, and nothing else of it).
     */
    private static boolean marks(char c) {
        return c >= 0xA1 && c <= 0xFE && LETTERS[c - 0xA1] != 0 && "àáâãèéêìíòóôõùúý".indexOf(c) < 0;
    }

    private Tcvn3() {
    }

    /** Whether a text is plainly TCVN3: Latin-1 only, with at least one of its marks. */
    static boolean written(String text) {
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            marked |= marks(c);
        }
        return marked;
    }

    /** A workbook's text as khlt reads it: in Unicode when it is plainly TCVN3, and in NFC. */
    static String unicode(String text) {
        return CsvInput.nfc(toUnicode(text));
    }

    /**
     * Whether a file's bytes (not UTF-8) are TCVN3's letters rather than Windows-1258's: a CSV saved
     * from a workbook typed with the .VnTime fonts. TCVN3 writes â ê ô ơ ư đ, the commonest letters
     * beyond ASCII, as 0xA1–0xAE, where Windows-1258 has signs Vietnamese words never hold (¡ © « ¬
     * §); Windows-1258 writes them with codes of their own and its tones as combining marks. At least
     * three such bytes, a fifth of the bytes beyond ASCII.
     */
    static boolean bytes(byte[] head) {
        int beyond = 0;
        int letters = 0;
        for (byte b : head) {
            int code = b & 0xFF;
            if (code >= 0x80) {
                beyond++;
                if (code >= 0xA1 && code <= 0xAE) {
                    letters++;
                }
            }
        }
        return letters >= 3 && letters * 5 >= beyond;
    }

    /** The text in Unicode when it is plainly TCVN3 ({@link #written}), else the text itself. */
    static String toUnicode(String text) {
        return written(text) ? convert(text) : text;
    }

    /** Each character of a text that is a TCVN3 letter's code as that letter: a file known to be TCVN3's. */
    static String convert(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0xA1) {
            i++;
        }
        if (i == text.length()) {
            return text; // ASCII and spaces: the same in both
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            char letter = c >= 0xA1 && c <= 0xFE ? LETTERS[c - 0xA1] : 0;
            out.append(letter != 0 ? letter : c);
        }
        return out.toString();
    }
}
