package vn.khlt.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.khlt.i18n.Text;

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

    /**
     * The layout of a file the secretariat keeps. A file that is not such a layout is an
     * {@link InvalidSettingsException} that says where; one that cannot be read, the IOException.
     */
    public static ReviewSettings load(Path file) throws IOException {
        try {
            return READER.readValue(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            // told once the field's value is read, past its line: named, not placed
            throw new InvalidSettingsException(Text.of("trường '" + e.getPropertyName() + "' không có trong van-ban.yaml; so với"
                    + " khlt review --print-settings", "there is no field '" + e.getPropertyName() + "' in van-ban.yaml;"
                    + " compare with khlt review --print-settings"), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
            String what = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidSettingsException(Text.of(where + "không đúng mẫu của van-ban.yaml (" + what + "); so với"
                    + " khlt review --print-settings", where + "not the form of van-ban.yaml (" + what + "); compare with"
                    + " khlt review --print-settings"), e);
        }
    }

    /** A settings file that does not fit the form, and where. */
    public static final class InvalidSettingsException extends IOException {
        private final transient Text reason;

        InvalidSettingsException(Text reason, Exception cause) {
            super(reason.en(), cause);
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
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
