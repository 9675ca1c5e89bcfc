package vn.khlt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.khlt.plan.Plan;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.read.ReadOptions;

/**
 * The submissions to read and what is known of their layout (period, header rows, layout file).
 * Commands whose --year and --association ask a question rather than describe the files mix in
 * this alone; {@link InputOptions} adds those that describe them.
 */
final class InputsOnly {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.xlsx, .xls, .csv) or folders, read recursively. Default: the current folder.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--period", paramLabel = "year",
            description = "The inputs are full-year reports, whatever their titles say (a title that names a half-year,"
                    + " a quarter or an interim review is otherwise refused).")
    Optional<PeriodOption> period = Optional.empty();

    @Option(names = "--header-rows", paramLabel = "ROWS", converter = HeaderRowsConverter.class,
            description = "Where every table's header is, when khlt cannot tell: a row (4), or two rows (4-5).")
    Optional<ReadOptions.HeaderRows> headerRows = Optional.empty();

    @Option(names = "--layout", paramLabel = "FILE",
            description = "A layout file: what khlt cannot tell of some offices' forms (default: khlt-bo-cuc.yaml in each"
                    + " file's folder or the nearest above).")
    Optional<Path> layout = Optional.empty();

    List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of(".")) : inputs;
    }

    ReadOptions read(Plan plan, Lang lang) {
        return read(plan, Optional.empty(), Optional.empty(), Optional.empty(), lang);
    }

    /** The read options, with what the command line says of every file's association, unit and year (as codes). */
    ReadOptions read(Plan plan, Optional<String> association, Optional<String> unit, Optional<Integer> year, Lang lang) {
        ReadOptions options = new ReadOptions(association, unit, year, period.isPresent(), headerRows);
        ReadOptions laidOut = layout.map(file -> options.withLayout(Layouts.load(file, plan))).orElse(options);
        // a person at a terminal sees which file is being read; a pipe, a file or cron sees nothing
        return System.console() != null ? laidOut.withProgress(new TerminalProgress(lang)) : laidOut;
    }

    /**
     * On a terminal, once reading has taken a second: a bar of the bytes read, the time spent and
     * left, the file being read and the figures so far, on stderr, drawn by the progressbar
     * library and cleared at the end. Never in a pipe, a file or cron ({@link System#console()}).
     */
    static final class TerminalProgress implements ReadOptions.Progress {
        private final long start;
        private final Lang lang;
        private List<Path> files = List.of();
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
                return java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
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
                bar = new ProgressBarBuilder().setTaskName("khlt").setInitialMax(before[files.size()])
                        .setUnit(before[files.size()] < 10 << 20 ? " KB" : " MB", before[files.size()] < 10 << 20 ? 1 << 10 : 1 << 20)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                        .startsFrom(before[index], Duration.ofNanos(spent)).clearDisplayOnFinish().build();
            }
            bar.stepTo(before[index]);
            String name = files.get(index).getFileName().toString();
            bar.setExtraMessage(Text.of("tệp %d/%d %s, %s số liệu", "file %d/%d %s, %s figures")
                    .format(index + 1, files.size(), name.length() > 24 ? name.substring(0, 23) + "…" : name,
                            vn.khlt.i18n.Numbers.format(java.math.BigDecimal.valueOf(figures), lang)).in(lang));
        }

        @Override
        public void done() {
            if (bar != null) {
                bar.stepTo(before[files.size()]);
                bar.close();
                // the library clears on its own thread, where a last periodic drawing may land after the
                // clearing: blank the line once more, from here, once the bar is closed
                System.err.print("\r" + " ".repeat(100) + "\r");
                System.err.flush();
            }
        }
    }
}
