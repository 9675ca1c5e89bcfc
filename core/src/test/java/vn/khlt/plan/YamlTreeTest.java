package vn.khlt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The plan's YAML tree is the one {@code ObjectMapper.readTree} gives, node for node. */
class YamlTreeTest {

    private static final YAMLFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode tree(String yaml) throws IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            return YamlTree.read(parser);
        }
    }

    /** Every node's type and text, depth first: equal trees with equal number types and scales. */
    private static List<String> shape(JsonNode node) {
        List<String> out = new ArrayList<>();
        shape(node, "", out);
        return out;
    }

    private static void shape(JsonNode node, String path, List<String> out) {
        out.add(path + " " + node.getNodeType() + " " + node.numberType() + " " + node.getClass().getSimpleName() + " "
                + (node.isContainerNode() ? node.size() : node.asText()));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                shape(field.getValue(), path + "/" + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                shape(node.get(i), path + "/" + i, out);
            }
        }
    }

    @Test
    void theBuiltInPlanGivesReadTreesTree() throws IOException {
        String yaml;
        try (InputStream in = YamlTreeTest.class.getResourceAsStream("bentre-02-khlt-2016.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode expected = MAPPER.readTree(yaml);
        assertThat(tree(yaml)).isEqualTo(expected);
        assertThat(shape(tree(yaml))).containsExactlyElementsOf(shape(expected)).hasSizeGreaterThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: -7\nc: 3000000000\nd: 123456789012345678901234567890",
        "a: 1.50\nb: 0.0\nc: 1e3\nd: -0.000\ne: 60.5\nf: .5\ng: 2.5E-3\nh: 100.00",
        "a: true\nb: false\nc: yes\nd: null\ne: ~\nf:\ng: ''",
        "list: [1, two, 3.0, [], {}]\nnested: {x: {y: [a, {z: 1}]}}",
        "title: Kế hoạch liên tịch 02/KHLT\nnote: |\n  Hai dòng\n  tiếng Việt\n",
        "- 1\n- a\n",
        "just text",
        "a: 0x1F\nb: 0o17\nc: 1_000",
        "a: !!binary aGVsbG8=",
    })
    void scalarsAndContainersAreReadTreesOwn(String yaml) throws IOException {
        JsonNode expected = MAPPER.readTree(yaml);
        assertThat(shape(tree(yaml))).containsExactlyElementsOf(shape(expected));
    }

    @Test
    void anEmptyDocumentIsMissing() throws IOException {
        assertThat(tree("").isMissingNode()).isEqualTo(MAPPER.readTree("").isMissingNode()).isTrue();
        assertThat(tree("# only a comment\n").isMissingNode()).isTrue();
    }

    @Test
    void duplicateKeysAndBadSyntaxFailAsReadTreeFails() {
        for (String bad : List.of("a: 1\na: 2", "a: [1, 2", "a: b: c", "\tkey: 1", "a: .nan", "a: -.inf")) {
            Throwable ours = org.assertj.core.api.Assertions.catchThrowable(() -> tree(bad));
            Throwable theirs = org.assertj.core.api.Assertions.catchThrowable(() -> MAPPER.readTree(bad));
            assertThat(theirs).as(bad).isInstanceOf(JsonProcessingException.class);
            assertThat(ours).as(bad).isInstanceOf(JsonProcessingException.class);
            assertThat(((JsonProcessingException) ours).getOriginalMessage())
                    .isEqualTo(((JsonProcessingException) theirs).getOriginalMessage());
        }
        assertThatThrownBy(() -> tree("a: 1\na: 2")).hasMessageContaining("Duplicate field 'a'");
    }
}
