package vn.khlt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The runs whose classes {@code ./khlt} records in its class-data sharing archive, in one JVM:
 * a gap analysis of the samples, their report in every format (written to a temporary folder,
 * then deleted), their validation and the plan's list of indicators. Not a command:
 * {@code java -cp khlt.jar vn.khlt.cli.Training SAMPLES}.
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

    /**
     * Waits until the JIT compilers have finished what the runs gave them (their total time
     * unchanged for a third of a second; ten seconds at most). The archive is written as the
     * JVM exits, and JDK 17 writes a method that is queued for compilation at that moment as
     * queued for good (JDK-8306460, fixed in later JDKs): every run that maps the archive then
     * interprets it. Caught in the act, that once made the samples' report take twice as long.
     */
    static void untilCompilersRest() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measured = jit != null && jit.isCompilationTimeMonitoringSupported();
        long last = -1;
        int still = 0;
        for (int i = 0; i < 100 && still < 3; i++) {
            long now = measured ? jit.getTotalCompilationTime() : i;
            still = now == last ? still + 1 : 0;
            last = now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        String samples = args[0];
        Path out = Files.createTempDirectory("khlt-training");
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        try {
            Class.forName(Main.class.getName(), true, Main.class.getClassLoader()); // ./khlt starts it by name
            String[] gap = {"gap", samples, "--as-of", "2019"};
            Warmup.start(gap);
            run(nowhere, gap);
            run(nowhere, "report", "--year", "2019", "--out", out.toString(), samples);
            run(nowhere, "validate", samples);
            run(nowhere, "plan", "list");
            untilCompilersRest();
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
