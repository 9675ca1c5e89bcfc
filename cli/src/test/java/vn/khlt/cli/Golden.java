package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under samples/expected: a run's output compared exactly with what is checked
 * in. Paths are written as from the repository's root. To accept a deliberate change, run the
 * tests with {@code -Dkhlt.updateGolden=true} and review the diff.
 */
final class Golden {

    static final Path SAMPLES = Path.of("../samples");

    private Golden() {
    }

    static void assertMatches(String actual, String golden) throws IOException {
        String fromRoot = actual.replace("../samples/", "samples/");
        Path file = SAMPLES.resolve("expected").resolve(golden);
        if (Boolean.getBoolean("khlt.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, fromRoot, StandardCharsets.UTF_8);
        }
        assertThat(fromRoot).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
