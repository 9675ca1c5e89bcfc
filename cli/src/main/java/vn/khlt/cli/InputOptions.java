package vn.khlt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
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

    List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of(".")) : inputs;
    }

    /** The options as codes of the plan; a name the plan does not know is bad usage. */
    ReadOptions readOptions(Plan plan) {
        Optional<String> associationCode = association.map(name -> plan.associationNames().find(name)
                .map(Association::code).orElseThrow(() -> CannotRunException.usage(Text.of(
                        "--association: không có đoàn thể '%s' (có: %s)", "--association: no association '%s' (known: %s)")
                        .format(name, String.join(", ", plan.associations().stream().map(Association::code).toList())))));
        Optional<String> unitCode = unit.map(name -> plan.unitNames().find(name).map(ReportingUnit::code)
                .orElseThrow(() -> CannotRunException.usage(Text.of(
                        "--unit: không nhận ra đơn vị '%s' (có: %s)", "--unit: unknown unit '%s' (known: %s)")
                        .format(name, String.join(", ", plan.units().stream().map(u -> u.name().vi()).toList())))));
        year.filter(y -> !plan.period().contains(y)).ifPresent(y -> {
            throw CannotRunException.usage(Text.of("--year: năm %d nằm ngoài giai đoạn %s của kế hoạch",
                    "--year: %d is outside the plan's period %s").format(y, plan.period()));
        });
        return new ReadOptions(associationCode, unitCode, year);
    }
}
