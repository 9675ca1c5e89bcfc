package vn.khlt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.khlt.plan.Plan;
import vn.khlt.read.ReadOptions;

/** The submissions to read, and what to assume of those that do not say it themselves. */
final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.xlsx, .xls, .csv) or folders, read recursively. Default: the current folder.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--association", paramLabel = "CODE",
            description = "The association of inputs that do not name it (code or name: HND, \"Hội Nông dân\").")
    Optional<String> association = Optional.empty();

    @Option(names = "--unit", paramLabel = "NAME",
            description = "The reporting unit of inputs that do not name it (\"Ba Tri\", \"TP. Bến Tre\").")
    Optional<String> unit = Optional.empty();

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of inputs that do not name it.")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--period", paramLabel = "year",
            description = "The inputs are full-year reports, whatever their titles say (a title that names a half-year,"
                    + " a quarter or an interim review is otherwise refused).")
    Optional<PeriodOption> period = Optional.empty();

    @Option(names = "--header-rows", paramLabel = "ROWS", converter = HeaderRowsConverter.class,
            description = "Where every table's header is, when khlt cannot tell: a row (4), or two rows (4-5).")
    Optional<ReadOptions.HeaderRows> headerRows = Optional.empty();

    @Option(names = "--layout", paramLabel = "FILE",
            description = "A layout file: what khlt cannot tell of some offices' forms (default: khlt-bo-cuc.yaml in each file's folder or the nearest above).")
    Optional<Path> layout = Optional.empty();

    List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of(".")) : inputs;
    }

    /** The options as codes of the plan; a name the plan does not know is bad usage. */
    ReadOptions readOptions(Plan plan) {
        ReadOptions options = new ReadOptions(association.map(name -> PlanNames.association(plan, name).code()),
                unit.map(name -> PlanNames.unit(plan, name).code()), year.map(y -> PlanNames.year(plan, y, "--year")), period.isPresent(), headerRows);
        return layout.map(file -> options.withLayout(Layouts.load(file, plan))).orElse(options);
    }
}
