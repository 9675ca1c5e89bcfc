package vn.khlt.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (core/pom.xml, after compiling): writes each built-in plan's YAML tree as
 * JSON next to it in the classes folder. Loading the default plan then reads JSON, which
 * needs a few classes of Jackson's core, instead of starting SnakeYAML, whose parser took
 * two fifths of a short run's plan loading. The YAML stays the plan's text, shown and
 * exported as it is written.
 */
public final class BuiltInJson {

    private BuiltInJson() {
    }

    /** The JSON resource made of a YAML resource. */
    static String name(String yamlResource) {
        return yamlResource.substring(0, yamlResource.lastIndexOf('.')) + ".json";
    }

    /** The JSON of a YAML document: the same tree that {@link YamlTree} reads from it. */
    static String json(String yaml) throws IOException {
        return new ObjectMapper().writeValueAsString(PlanLoader.yamlTree(yaml));
    }

    /** Arguments: the classes folder, where the build has copied the plans' YAML. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(Plans.class.getPackageName().replace('.', '/'));
        for (String resource : Plans.resources()) {
            String yaml = Files.readString(folder.resolve(resource), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name(resource)), json(yaml), StandardCharsets.UTF_8);
        }
    }
}
