package vn.khlt.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation's tables of findings are made from the catalogue: each block between
 * {@code <!-- findings: GROUP ... -->} and {@code <!-- /findings -->} must be what
 * {@link #table} makes of that group. {@code ./mvnw verify -Dkhlt.updateDocs=true} rewrites
 * them after a change to the catalogue.
 */
class FindingDocsTest {

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- findings: ([A-Z]+) [^>]*-->\\n)(.*?)(<!-- /findings -->)", Pattern.DOTALL);
    /** A string literal that could be a code. */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

    @Test
    void checksMdHoldsTheCatalogue() throws IOException {
        assertThat(compare(Path.of("../docs/checks.md"))).containsExactly(
                "FILES", "REFERENCES", "VALUES", "CONSISTENCY", "COMPLETENESS");
    }

    @Test
    void planFormatMdHoldsThePlanProblems() throws IOException {
        assertThat(compare(Path.of("../docs/plan-format.md"))).containsExactly("PLAN");
    }

    @Test
    void everyFindingIsDocumentedOnce() throws IOException {
        String docs = Files.readString(Path.of("../docs/checks.md")) + Files.readString(Path.of("../docs/plan-format.md"));
        for (Finding finding : Finding.values()) {
            assertThat(docs.split("<a id=\"" + finding.code() + "\"></a>", -1)).as(finding.code()).hasSize(2);
        }
    }

    /** No code of the catalogue is written as a string anywhere else in the product. */
    @Test
    void noFindingCodeIsWrittenOutsideTheCatalogue() throws IOException {
        Set<String> codes = Arrays.stream(Finding.values()).map(Finding::code).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../cli/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = CODE_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (codes.contains(m.group(1))) {
                            found.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void codesAreUniqueAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (Finding finding : Finding.values()) {
            assertThat(finding.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(seen.add(finding.code())).isTrue();
            assertThat(finding.title().vi()).isNotBlank();
            assertThat(finding.fix().en()).isNotBlank();
            assertThat(finding.code().startsWith("plan-")).isEqualTo(finding.group() == Finding.Group.PLAN);
        }
    }

    /** The groups whose blocks the file holds, after checking (or rewriting) each. */
    private static List<String> compare(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(text);
        StringBuilder made = new StringBuilder();
        List<String> groups = new java.util.ArrayList<>();
        while (m.find()) {
            Finding.Group group = Finding.Group.valueOf(m.group(2));
            groups.add(group.name());
            m.appendReplacement(made, Matcher.quoteReplacement(m.group(1) + table(group) + m.group(4)));
        }
        m.appendTail(made);
        if (Boolean.getBoolean("khlt.updateDocs")) {
            Files.writeString(doc, made.toString(), StandardCharsets.UTF_8);
        }
        assertThat(text).as(doc + " (after a change to Finding: ./mvnw verify -Dkhlt.updateDocs=true)")
                .isEqualTo(made.toString());
        return groups;
    }

    /** A group's findings as a Markdown table, each code an anchor. */
    static String table(Finding.Group group) {
        StringBuilder out = new StringBuilder();
        out.append("| code | severity | tên | triggered by | how to fix |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (Finding f : Finding.values()) {
            if (f.group() == group) {
                out.append("| <a id=\"").append(f.code()).append("\"></a>`").append(f.code()).append("` | ")
                        .append(f.severity().key()).append(" | ").append(f.title().vi()).append(" | ")
                        .append(f.trigger()).append(" | ").append(f.fix().en()).append(" |\n");
            }
        }
        return out.toString();
    }
}
