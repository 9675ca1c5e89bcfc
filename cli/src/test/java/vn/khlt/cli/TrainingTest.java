package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runs recorded into the class-data archive go through and leave nothing behind. */
class TrainingTest {

    @Test
    void runsTheSamplesAndCleansUp() throws IOException, ClassNotFoundException {
        List<Path> before = leftovers();
        Training.main(new String[] {Golden.SAMPLES.resolve("bentre").toString()});
        assertThat(leftovers()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("khlt-training")).toList();
        }
    }
}
