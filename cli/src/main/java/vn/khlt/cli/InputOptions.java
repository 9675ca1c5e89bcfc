package vn.khlt.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.plan.Plan;
import vn.khlt.read.ReadOptions;

/** The submissions to read, and what to assume of those that do not say it themselves. */
final class InputOptions {

    @Mixin
    InputsOnly files;

    @Option(names = "--association", paramLabel = "CODE",
            description = "The association of inputs that do not name it (code or name: HND, \"Hội Nông dân\").")
    Optional<String> association = Optional.empty();

    @Option(names = "--unit", paramLabel = "NAME",
            description = "The reporting unit of inputs that do not name it (\"Ba Tri\", \"TP. Bến Tre\").")
    Optional<String> unit = Optional.empty();

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of inputs that do not name it.")
    Optional<Integer> year = Optional.empty();

    List<Path> inputs() {
        return files.inputs();
    }

    /** The options as codes of the plan; a name the plan does not know is bad usage. */
    ReadOptions readOptions(Plan plan, vn.khlt.i18n.Lang lang) {
        return files.read(plan, association.map(name -> PlanNames.association(plan, name).code()),
                unit.map(name -> PlanNames.unit(plan, name).code()), year.map(y -> PlanNames.year(plan, y, "--year")), lang);
    }
}
