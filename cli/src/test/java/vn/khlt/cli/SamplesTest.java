package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The sample submissions are clean, and give the golden outputs checked in under samples/expected. */
class SamplesTest {

    private static final String BENTRE = Golden.SAMPLES.resolve("bentre").toString();

    @Test
    void theSamplesValidateWithoutErrors() throws IOException {
        Run run = Run.of("validate", BENTRE);
        assertThat(run.exitCode()).isZero();
        Golden.assertMatches(run.out(), "bentre-validate.txt");
    }

    @Test
    void theGapTableOf2019() throws IOException {
        Run run = Run.of("gap", BENTRE, "--as-of", "2019");
        assertThat(run.exitCode()).isZero();
        Golden.assertMatches(run.out(), "bentre-gap-2019.txt");
    }

    @Test
    void theGapTableOf2019AsJson() throws IOException {
        Run run = Run.of("gap", BENTRE, "--as-of", "2019", "--format", "json");
        Golden.assertMatches(run.out(), "bentre-gap-2019.json");
    }
}
