package vn.khlt.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON as khlt writes it: indented by two spaces, LF line ends whatever the platform, field
 * order as built, so the same data gives the same bytes.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build());
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** A document (a record bound by Jackson, or a tree), pretty-printed, ending with a newline. */
    public static String write(Object document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /** A document on one line, for log collectors. */
    public static String line(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document that cannot be written as JSON", e);
        }
    }

    /** A document written to a stream as Jackson walks it, pretty-printed, ending with a newline; the stream is left open. */
    public static void write(Object document, java.io.OutputStream out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator generator = MAPPER.createGenerator(out,
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            WRITER.writeValue(generator, document);
        }
        out.write('\n');
    }

    /** Reads a document khlt wrote back into its record (fields it does not know are passed over). */
    public static <T> T read(String text, Class<T> type) throws JsonProcessingException {
        return MAPPER.readerFor(type).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(text);
    }

    /** Reads JSON text back into a tree, for tests and for reading khlt's own outputs. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
