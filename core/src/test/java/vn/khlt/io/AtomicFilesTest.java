package vn.khlt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, whether its bytes come at once or as they are made. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenAsItIsMadeAppearsWhole() throws IOException {
        Path file = dir.resolve("bao-cao/so-lieu.csv");
        AtomicFiles.write(file, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(("dòng " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(100_000).endsWith("dòng 99999");
        assertThat(listing()).containsExactly("so-lieu.csv");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("bao-cao/so-lieu.csv");
        AtomicFiles.write(file, "cũ\n");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("mới, một nửa\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("cũ\n");
        assertThat(listing()).containsExactly("so-lieu.csv");
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("bao-cao"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A named pipe (as /dev/stdout or /dev/null would be) is written into, and stays what it was. */
    @Test
    void aTargetThatIsNoRegularFileIsWrittenIntoNeverReplaced() throws Exception {
        Path fifo = dir.resolve("ong");
        Process make = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(make.waitFor() == 0, "mkfifo is needed");
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFiles.write(fifo, "Bến Tre\n");
        assertThat(new String(read.get(20, java.util.concurrent.TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("Bến Tre\n");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("ong");
        }
    }
}
