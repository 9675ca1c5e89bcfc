package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.i18n.Lang;

/** The bar a person at a terminal sees on stderr: the share read, the file, the figures so far; then nothing left. */
class TerminalProgressTest {

    @TempDir
    Path dir;

    private String shown(Lang lang, long startedAgo) throws Exception {
        Path a = Files.writeString(dir.resolve("hnd-2019.csv"), "x".repeat(3 << 20));
        Path b = Files.writeString(dir.resolve("dtn-2019.csv"), "y".repeat(1 << 20));
        PrintStream stderr = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            TerminalProgress progress = new TerminalProgress(lang, System.nanoTime() - startedAgo);
            progress.start(List.of(a, b));
            progress.file(0, 0);
            progress.file(1, 12_345);
            progress.done();
        } finally {
            System.setErr(stderr);
        }
        return said.toString(StandardCharsets.UTF_8);
    }

    @Test
    void longReadingShowsTheBarAndClearsIt() throws Exception {
        String vi = shown(Lang.VI, 2_000_000_000L);
        assertThat(vi).contains("khlt").contains("tệp 2/2 dtn-2019.csv, 12.345 số liệu").contains("/4096 KB");
        String after = vi.substring(vi.lastIndexOf("số liệu") + "số liệu".length());
        assertThat(after).as("after the last bar drawn, blanks over it: the bar is cleared").isBlank().contains(" ".repeat(20));
        assertThat(shown(Lang.EN, 2_000_000_000L)).contains("file 2/2 dtn-2019.csv, 12,345 figures");
    }

    @Test
    void aShortReadingShowsNothing() throws Exception {
        assertThat(shown(Lang.VI, 0)).isEmpty();
    }
}
