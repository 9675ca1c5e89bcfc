package vn.khlt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.khlt.plan.Plan;
import vn.khlt.i18n.Lang;
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

    @Option(names = "--running-totals",
            description = "Read a running total from the plan's first year (Lũy kế từ 2016, Từ năm 2016 đến nay) as the"
                    + " figure of an indicator the plan counts as a level at the year's end (CT01, CT07), where no other"
                    + " column gives it (refused otherwise).")
    boolean runningTotals;

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
        ReadOptions given = new ReadOptions(association, unit, year, period.isPresent(), headerRows);
        ReadOptions options = runningTotals ? given.withRunningTotals() : given;
        ReadOptions laidOut = layout.map(file -> options.withLayout(Layouts.load(file, plan))).orElse(options);
        // a person at a terminal sees which file is being read; a pipe, a file or cron sees nothing
        return System.console() != null ? laidOut.withProgress(new TerminalProgress(lang)) : laidOut;
    }
}
