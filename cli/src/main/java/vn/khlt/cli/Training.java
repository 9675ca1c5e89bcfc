package vn.khlt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The runs whose classes {@code ./khlt} records in its class-data sharing archive, in one JVM:
 * a gap analysis of the samples and their report in every format (written to a temporary
 * folder, then deleted). Not a command: {@code java -cp khlt.jar vn.khlt.cli.Training SAMPLES}.
 * A report's workbook alone loads some two thousand classes of POI's OOXML layer, which an
 * archive recorded from {@code gap} alone left to be read and verified on every report.
 */
final class Training {

    private Training() {
    }

    /** Runs a command; one that does not succeed is no typical run, and records no archive. */
    private static void run(PrintWriter nowhere, String... args) {
        int code = Khlt.execute(nowhere, nowhere, args);
        if (code != ExitCode.OK) {
            throw new IllegalStateException("khlt " + String.join(" ", args) + " ended with " + code);
        }
    }

    public static void main(String[] args) throws IOException {
        String samples = args[0];
        Path out = Files.createTempDirectory("khlt-training");
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        try {
            String[] gap = {"gap", samples, "--as-of", "2019"};
            Warmup.start(gap);
            run(nowhere, gap);
            run(nowhere, "report", "--year", "2019", "--out", out.toString(), samples);
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
