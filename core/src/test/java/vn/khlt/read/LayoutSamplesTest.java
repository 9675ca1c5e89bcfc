package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.facts.Fact;
import vn.khlt.finding.Issue;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.plan.Plans;

/**
 * Every submission of samples/layouts, read on its own, held to the control file written by
 * hand beside it (samples/layouts/README.md): exactly the figures of {@code NAME.expected}
 * counted (none without one), and each finding {@code NAME.refused} lists given (no error
 * without one).
 */
class LayoutSamplesTest {

    private static final Path LAYOUTS = Path.of("..", "samples", "layouts");

    @TestFactory
    Stream<DynamicTest> everySampleIsReadAsItsControlFileSays() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(LAYOUTS)) {
            samples = files.filter(f -> f.toString().matches(".*\\.(xlsx|xls|ods|csv|txt|tsv)$")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        return samples.stream().map(sample -> DynamicTest.dynamicTest(LAYOUTS.relativize(sample).toString(), () -> {
            Path expected = sample.resolveSibling(sample.getFileName() + ".expected");
            Path refused = sample.resolveSibling(sample.getFileName() + ".refused");
            assertThat(Files.exists(expected) || Files.exists(refused)).as("a control file beside " + sample).isTrue();
            Validation validation = new Pipeline(Plans.defaultPlan())
                    .validate(List.of(sample), ReadOptions.none(), ValidationOptions.defaults());
            List<String> counted = new ArrayList<>();
            validation.facts().forEach(fact -> counted.add(line(fact)));
            List<String> said = validation.issues().stream().map(LayoutSamplesTest::said).toList();
            if (Files.exists(expected)) {
                List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
                assertThat(counted).as(sample + ", said: " + said)
                        .containsExactlyInAnyOrderElementsOf(lines.subList(1, lines.size()));
            } else {
                assertThat(counted).as("counted from a refused sample").isEmpty();
            }
            if (Files.exists(refused)) {
                for (String finding : Files.readAllLines(refused, StandardCharsets.UTF_8)) {
                    assertThat(said).as(sample.toString()).anyMatch(s -> s.startsWith(finding));
                }
            } else {
                assertThat(validation.hasErrors()).as(said.toString()).isFalse();
            }
        }));
    }

    /** {@code --period year}: the secretariat says the inputs are full-year reports, whatever a title says. */
    @org.junit.jupiter.api.Test
    void theOptionsCanSayAReportIsAFullYears() {
        Path sample = LAYOUTS.resolve("ky-bao-cao/HND_2019_so-ket.xlsx");
        Validation validation = new Pipeline(Plans.defaultPlan()).validate(List.of(sample),
                new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), true), ValidationOptions.defaults());
        assertThat(validation.facts().size()).isEqualTo(4);
        assertThat(validation.issues()).isEmpty();
    }

    /** A layout file beside the submissions that cannot be used is said, with its place, and the folder read without it. */
    @org.junit.jupiter.api.Test
    void aLayoutFileThatCannotBeUsedIsSaid(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("HND_2019.csv"), "Đơn vị,CT08\nBa Tri,100\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(LayoutFile.NAME), "forms:\n  - files: \"*.csv\"\n    colour: red\n",
                StandardCharsets.UTF_8);
        Validation validation = new Pipeline(Plans.defaultPlan())
                .validate(List.of(dir), ReadOptions.none(), ValidationOptions.defaults());
        assertThat(validation.issues()).extracting(Issue::code).containsExactly("layout-file");
        assertThat(validation.issues().get(0).message().vi()).contains(LayoutFile.NAME + ":3:", "colour");
        assertThat(validation.facts().size()).isEqualTo(1);
        Files.writeString(dir.resolve(LayoutFile.NAME), "forms:\n  - files: \"*.csv\"\n    association: Hội Phụ lão\n",
                StandardCharsets.UTF_8);
        assertThat(new Pipeline(Plans.defaultPlan()).validate(List.of(dir), ReadOptions.none(), ValidationOptions.defaults())
                .issues().get(0).message().vi()).endsWith("không nhận ra đoàn thể 'Hội Phụ lão'");
    }

    /** A folder's layout file says how to read that folder's files (and its subfolders'), not another folder's. */
    @org.junit.jupiter.api.Test
    void aLayoutFileIsItsFoldersOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path hnd = Files.createDirectories(dir.resolve("hnd/2019"));
        Path other = Files.createDirectories(dir.resolve("khac"));
        Files.writeString(dir.resolve("hnd").resolve(LayoutFile.NAME), "forms:\n  - files: \"bao-cao-*.csv\"\n    association: HND\n",
                StandardCharsets.UTF_8);
        Files.writeString(hnd.resolve("bao-cao-2019.csv"), "Đơn vị,CT08\nBa Tri,100\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("bao-cao-2019.csv"), "Đơn vị,CT08\nThạnh Phú,7\n", StandardCharsets.UTF_8);
        Validation validation = new Pipeline(Plans.defaultPlan())
                .validate(List.of(dir.resolve("hnd"), other), ReadOptions.none(), ValidationOptions.defaults());
        List<String> counted = new ArrayList<>();
        validation.facts().forEach(fact -> counted.add(line(fact)));
        assertThat(counted).containsExactly("HND,BA-TRI,2019,CT08,100,,");
        assertThat(validation.issues()).extracting(Issue::code).containsExactly("missing-association");
    }

    /** A fact as a control file writes it. */
    static String line(Fact fact) {
        String owner = fact.key().owner().equals("province") ? "" : fact.key().owner();
        return String.join(",", owner, fact.key().unit(), String.valueOf(fact.key().year()), fact.key().indicator(),
                plain(fact.value()), plain(fact.numerator()), plain(fact.denominator()));
    }

    private static String plain(Optional<java.math.BigDecimal> value) {
        return value.map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
    }

    /** A finding as a control file names it: {@code ambiguous-column Sheet1!B4}. */
    private static String said(Issue issue) {
        String place = issue.location().sheet().isEmpty() ? issue.location().cell()
                : issue.location().sheet() + "!" + issue.location().cell();
        return issue.code() + " " + place;
    }
}
