package vn.khlt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keysAreWithoutMarksCaseOrPunctuation() {
        assertThat(Names.key("Huyện Mỏ Cày Nam")).isEqualTo("huyen mo cay nam");
        assertThat(Names.key("  H. Mo-Cay   Nam ")).isEqualTo("h mo cay nam");
        assertThat(Names.key("MỎ CÀY NAM")).isEqualTo("mo cay nam");
        assertThat(Names.key("Đoàn Thanh niên")).isEqualTo("doan thanh nien");
        assertThat(Names.key("CT08")).isEqualTo("ct08");
        assertThat(Names.key("Tỷ lệ hộ (%)")).isEqualTo("ty le ho");
        assertThat(Names.key("")).isEmpty();
        assertThat(Names.key("—")).isEmpty();
    }

    /** The key as the plain definition gives it: NFD, marks out, đ as d, lower case, other runs one space, trimmed. */
    private static String definition(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String bare = Pattern.compile("\\p{M}+").matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return Pattern.compile("[^\\p{L}\\p{N}]+").matcher(bare).replaceAll(" ").trim();
    }

    @Test
    void keysFollowTheDefinitionForAnyText() {
        List<String> names = new ArrayList<>(List.of("İstanbul", "ǅemal", "Ⅻ khu", "x²", "١٢٣", "𝐀𝐁 c", "a\u0301\u20DD",
                "Thị trấn Ba Tri", "TP. Bến Tre", "Hội LHPN\tXã An Hiệp", "Ｔｏｋｙｏ", "e\u0301"));
        String alphabet = "aAzZ09 .-_,/()%\t\u00A0đĐăâêôơưĂÂÊÔƠƯáàảãạÁÀẢÃẠ\u0300\u0301\u0303\u0309\u0323İıßµ²½Ⅻ١𝐀";
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            names.add(text.toString());
        }
        for (String name : names) {
            assertThat(Names.key(name)).as(name).isEqualTo(definition(name));
        }
    }

    @Test
    void everyCharacterOfTheQuickTableKeysAsDefined() {
        for (char c = 0; c < 0x2100; c++) {
            for (String text : List.of(String.valueOf(c), "Xã" + c + "Ô", c + " " + c + "a", "1" + c + c + "\u0301Đ", "ơ-" + c)) {
                assertThat(Names.key(text)).as("U+%04X in '%s'", (int) c, text).isEqualTo(definition(text));
            }
        }
    }
}
