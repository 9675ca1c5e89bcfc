package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan loaded ahead, while the command line is parsed, gives the command what loading it then would. */
class WarmupTest {

    @TempDir
    Path dir;

    private static Run ahead(String... args) {
        Warmup.start(args);
        return Run.of(args);
    }

    @Test
    void aPlanFileLoadedAheadIsThePlanFile() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        assertThat(Run.of("plan", "export", "-o", plan.toString()).exitCode()).isZero();
        String[] args = {"plan", "list", "--plan", plan.toString(), "--lang", "en"};
        Run now = Run.of(args);
        assertThat(now.exitCode()).isZero();
        assertThat(now.out()).contains("CT08");
        assertThat(ahead(args)).isEqualTo(now);
        String[] joined = {"plan", "show", "CT08", "--plan=" + plan};
        assertThat(ahead(joined)).isEqualTo(Run.of(joined));
    }

    @Test
    void aBrokenOrMissingPlanFileFailsAsItWouldHave() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "id: x\nperiod: {from: 2016, to: 2020}\nindicators: [\n", StandardCharsets.UTF_8);
        Path invalid = dir.resolve("invalid.yaml");
        Files.writeString(invalid, "id: x\ntitle: t\n", StandardCharsets.UTF_8);
        for (Path plan : new Path[] {broken, invalid, dir.resolve("missing.yaml")}) {
            String[] args = {"plan", "list", "--plan", plan.toString()};
            Run now = Run.of(args);
            assertThat(now.exitCode()).as(plan.toString()).isEqualTo(ExitCode.CANNOT_RUN);
            assertThat(now.err()).contains(plan.toString());
            assertThat(ahead(args)).isEqualTo(now);
        }
    }

    @Test
    void aPlanLoadedAheadServesOneCommandOnly() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        assertThat(Run.of("plan", "export", "-o", plan.toString()).exitCode()).isZero();
        String[] args = {"plan", "list", "--plan", plan.toString()};
        Warmup.start(args);
        assertThat(Run.of(args).exitCode()).isZero();
        Files.writeString(plan, "id: x\n", StandardCharsets.UTF_8); // the file changes: the next command reads it again
        assertThat(Run.of(args).exitCode()).isEqualTo(ExitCode.CANNOT_RUN);
    }

    @Test
    void workbookSetUpIsStartedOnlyWhenAnInputMayBeAWorkbook() throws IOException {
        Path csvOnly = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csvOnly.resolve("HND_2019.csv"), "x\n", StandardCharsets.UTF_8);
        Path nested = Files.createDirectories(dir.resolve("mixed/huyen"));
        Files.writeString(nested.getParent().resolve("HND_2019.csv"), "x\n", StandardCharsets.UTF_8);
        Files.writeString(nested.resolve("HLHPN_2019.XLSX"), "x", StandardCharsets.UTF_8);

        assertThat(Warmup.holdsWorkbooks(csvOnly.toString())).isFalse();
        assertThat(Warmup.holdsWorkbooks(dir.resolve("mixed").toString())).isTrue();
        assertThat(Warmup.holdsWorkbooks("HND_2019.xlsm")).isTrue(); // named so, whether or not it exists yet
        assertThat(Warmup.holdsWorkbooks(csvOnly.resolve("HND_2019.csv").toString())).isFalse();
        assertThat(Warmup.holdsWorkbooks(dir.resolve("missing").toString())).isFalse();
        assertThat(Warmup.holdsWorkbooks("--out")).isFalse();
    }
}
