package vn.khlt.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every issue code the code can give is documented, so that the docs and the program cannot drift apart. */
class DocumentedCodesTest {

    private static final Pattern EMITTED = Pattern.compile("(?:new Issue|\\badd|problem)\\(\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");

    @Test
    void everyCheckCodeIsInChecksMd() throws IOException {
        Set<String> codes = emitted();
        codes.removeIf(c -> c.startsWith("plan-"));
        codes.remove("missing-"); // built as missing-association, -unit, -year
        codes.addAll(Set.of("missing-association", "missing-unit", "missing-year", "unknown-unit", "ambiguous-unit",
                "unknown-association", "ambiguous-association", "corrupt-file", "zip-bomb"));
        String doc = Files.readString(Path.of("../docs/checks.md"), StandardCharsets.UTF_8);
        assertThat(codes).hasSizeGreaterThan(35).allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }

    @Test
    void everyPlanProblemCodeIsInPlanFormatMd() throws IOException {
        Set<String> codes = emitted();
        codes.removeIf(c -> !c.startsWith("plan-"));
        String doc = Files.readString(Path.of("../docs/plan-format.md"), StandardCharsets.UTF_8);
        assertThat(codes).hasSizeGreaterThan(15).allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }

    private static Set<String> emitted() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = EMITTED.matcher(source);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }
}
