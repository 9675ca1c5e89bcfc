package vn.khlt.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import vn.khlt.i18n.Lang;

/**
 * The sentences of the review, one resource file per language ({@code review-vi.properties},
 * {@code review-en.properties}), so that the secretariat can reword them without touching code:
 * a file of its own overrides the keys it holds. A {@code {name}} in a sentence is replaced by
 * a figure.
 */
public final class Sentences {

    private final Properties sentences = new Properties();

    private Sentences(Lang lang) {
        String name = lang == Lang.EN ? "review-en.properties" : "review-vi.properties";
        try (InputStream in = Sentences.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            sentences.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("the jar's " + name + " cannot be read", e);
        }
    }

    public static Sentences of(Lang lang) {
        return new Sentences(lang);
    }

    /** The same sentences, with those of a file of the secretariat's in their place. */
    public Sentences with(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            sentences.load(reader);
        }
        return this;
    }

    /** The sentence of a key with its names filled in. */
    public String say(String key, Map<String, String> values) {
        String sentence = sentences.getProperty(key);
        if (sentence == null) {
            throw new IllegalStateException("no sentence '" + key + "'");
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            sentence = sentence.replace("{" + value.getKey() + "}", value.getValue());
        }
        return sentence;
    }

    public String say(String key) {
        return say(key, Map.of());
    }

    /** The sentence of a key with its names filled in, given as name, value, name, value... */
    public String say(String key, String... pairs) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return say(key, values);
    }

    /** The place and date line of a document: "Bến Tre, ngày 20 tháng 12 năm 2019". */
    public String placeDate(ReviewSettings settings, java.time.LocalDate date) {
        return say("place.date", "place", settings.place(), "day", String.format("%02d", date.getDayOfMonth()),
                "month", String.format("%02d", date.getMonthValue()), "dateYear", String.valueOf(date.getYear()));
    }
}
