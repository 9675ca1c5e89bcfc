package vn.khlt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The inputs alone, for commands whose --year and --association ask a question rather than describe the files. */
final class InputsOnly {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.xlsx, .xls, .csv) or folders, read recursively. Default: the current folder.")
    List<Path> inputs = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--period", paramLabel = "year",
            description = "The inputs are full-year reports, whatever their titles say (a title that names a half-year,"
                    + " a quarter or an interim review is otherwise refused).")
    java.util.Optional<PeriodOption> period = java.util.Optional.empty();

    @picocli.CommandLine.Option(names = "--header-rows", paramLabel = "ROWS", converter = HeaderRowsConverter.class,
            description = "Where every table's header is, when khlt cannot tell: a row (4), or two rows (4-5).")
    java.util.Optional<vn.khlt.read.ReadOptions.HeaderRows> headerRows = java.util.Optional.empty();

    @picocli.CommandLine.Option(names = "--layout", paramLabel = "FILE",
            description = "A layout file: what khlt cannot tell of some offices' forms (default: khlt-bo-cuc.yaml in a folder read).")
    java.util.Optional<Path> layout = java.util.Optional.empty();

    List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of(".")) : inputs;
    }

    vn.khlt.read.ReadOptions read(vn.khlt.plan.Plan plan) {
        vn.khlt.read.ReadOptions options = new vn.khlt.read.ReadOptions(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), period.isPresent(), headerRows);
        return layout.map(file -> options.withLayout(Layouts.load(file, plan))).orElse(options);
    }
}
