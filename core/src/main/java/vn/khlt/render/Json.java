package vn.khlt.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The document, pretty-printed, ending with a newline. */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /** A document written as it is made, pretty-printed like {@link #write}, ending with a newline: no tree in memory. */
    public static byte[] stream(Content content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            stream(content, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing JSON into memory", e);
        }
        return out.toByteArray();
    }

    /** The same document written to a stream, which is left open. */
    public static void stream(Content content, java.io.OutputStream out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator generator = WRITER.createGenerator(out,
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            content.write(generator);
        }
        out.write('\n');
    }

    /** What {@link #stream} writes. */
    @FunctionalInterface
    public interface Content {
        void write(com.fasterxml.jackson.core.JsonGenerator generator) throws java.io.IOException;
    }

    /** Reads JSON text back into a tree, for tests and for reading khlt's own outputs. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
