package vn.khlt.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;
import vn.khlt.read.ReadOptions;

/**
 * On a terminal, once reading has taken a second: a bar of the bytes read, the time spent and
 * left, the file being read and the figures so far, on stderr, drawn by the progressbar library
 * and cleared at the end. {@link InputsOnly} gives it to the reading only when there is a
 * terminal ({@link System#console()}): never in a pipe, a file or cron.
 */
final class TerminalProgress implements ReadOptions.Progress {

    /** The widest the bar's line is drawn, and blanked. */
    private static final int WIDTH = 100;

    private final long start;
    private final Lang lang;
    private List<Path> files = List.of();
    /** The bytes of the files before each one; the last, of them all. */
    private long[] before = new long[1];
    private ProgressBar bar;

    TerminalProgress(Lang lang) {
        this(lang, System.nanoTime());
    }

    /** Started at {@code start} ({@link System#nanoTime()}): a test's reading that has already taken long. */
    TerminalProgress(Lang lang, long start) {
        this.lang = lang;
        this.start = start;
    }

    @Override
    public void start(List<Path> files) {
        this.files = files;
        before = new long[files.size() + 1];
        for (int i = 0; i < files.size(); i++) {
            before[i + 1] = before[i] + size(files.get(i));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void file(int index, long figures) {
        long spent = System.nanoTime() - start;
        if (bar == null && spent < 1_000_000_000L) {
            return;
        }
        if (bar == null) {
            bar = bar(before[index], Duration.ofNanos(spent));
        }
        bar.stepTo(before[index]);
        String name = files.get(index).getFileName().toString();
        bar.setExtraMessage(Text.of("tệp %d/%d %s, %s số liệu", "file %d/%d %s, %s figures")
                .format(index + 1, files.size(), name.length() > 24 ? name.substring(0, 23) + "…" : name,
                        Numbers.format(BigDecimal.valueOf(figures), lang)).in(lang));
    }

    /** The bar, started late: so much read already, so long spent; in KB for a small job, MB for a large one. */
    private ProgressBar bar(long read, Duration spent) {
        long total = before[files.size()];
        boolean small = total < 10 << 20;
        return new ProgressBarBuilder().setTaskName("khlt").setInitialMax(total)
                .setUnit(small ? " KB" : " MB", small ? 1 << 10 : 1 << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, WIDTH))
                .startsFrom(read, spent).clearDisplayOnFinish().build();
    }

    @Override
    public void done() {
        if (bar != null) {
            bar.stepTo(before[files.size()]);
            bar.close();
            // the library clears on its own thread, where a last periodic drawing may land after the
            // clearing: blank the line once more, from here, once the bar is closed
            System.err.print("\r" + " ".repeat(WIDTH) + "\r");
            System.err.flush();
        }
    }
}
