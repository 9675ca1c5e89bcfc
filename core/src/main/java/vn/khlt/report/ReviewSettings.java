package vn.khlt.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the review document is laid out, kept in a small YAML file the secretariat can change
 * ({@code van-ban.yaml}; the one in the jar is the default): the issuing bodies and the number
 * at top left, the heading at top right, the place before the date, the signers and the
 * recipients.
 */
public record ReviewSettings(List<String> issuers, String number, String heading, String place, List<Signer> signers,
        List<String> recipients) {

    public ReviewSettings {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        signers = signers == null ? List.of() : List.copyOf(signers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        number = number == null ? "" : number;
        heading = heading == null ? "" : heading;
        place = place == null ? "" : place;
    }

    /** One signature block: the body, the signer's title (CHỦ TỊCH, BÍ THƯ) and name. */
    public record Signer(String body, String title, String name) {
    }

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readerFor(ReviewSettings.class);

    /** The layout in the jar: the joint plan's four associations and their leaders. */
    public static ReviewSettings defaults() {
        try {
            return READER.readValue(defaultText());
        } catch (IOException e) {
            throw new IllegalStateException("the jar's van-ban.yaml cannot be read", e);
        }
    }

    /** The layout of a file the secretariat keeps; an IOException says what is wrong with it. */
    public static ReviewSettings load(Path file) throws IOException {
        return READER.readValue(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The default file's text, to start a file of one's own from. */
    public static String defaultText() {
        try (InputStream in = ReviewSettings.class.getResourceAsStream("van-ban.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the jar's van-ban.yaml cannot be read", e);
        }
    }
}
