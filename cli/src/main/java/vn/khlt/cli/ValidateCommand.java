package vn.khlt.cli;

import java.math.BigDecimal;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.finding.Severity;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Plan;
import vn.khlt.render.CsvTable;
import vn.khlt.render.Json;
import vn.khlt.render.ValidationViews;

/** {@code khlt validate}: every problem in every file, in one pass. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the inputs against the plan: every problem in every file, in one pass, "
                + "with where it is and how to fix it; then who sent what. Exit 0 when there are no errors.",
        footer = {"", "Examples:",
            "  khlt validate samples/",
            "  khlt validate inbox/ --severity error --max-issues 50",
            "  khlt validate inbox/ --format csv -o van-de.csv      (one issue a row, for Excel)",
            "  khlt validate inbox/ --format json                   (for scripts)",
            "", "The checks are listed in docs/checks.md."})
final class ValidateCommand extends BaseCommand {

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            description = "Output format: text (default), csv (one issue a row) or json.")
    Format format = Format.text;

    @Option(names = "--severity", paramLabel = "error|warning|note", defaultValue = "note",
            description = "Show only issues at least this severe (default: all).")
    Severity severity = Severity.NOTE;

    @Option(names = "--max-issues", paramLabel = "N", defaultValue = "0",
            description = "Show at most N issues (the summary then says the list is partial); 0: all.")
    int maxIssues;

    @Option(names = "--all", description = "In text, every place of every finding (without it, a finding met more than "
            + "5 times in a file shows its first 3 places and a count of the rest).")
    boolean all;

    @Option(names = "--missing", description = "List every expected figure that nobody sent, not only the counts.")
    boolean missing;

    @Option(names = "--until", paramLabel = "YEAR",
            description = "Expect submissions up to this year (default: the latest year of the data).")
    Optional<Integer> until = Optional.empty();

    @Option(names = "--jump-factor", paramLabel = "X", defaultValue = "3",
            description = "Warn when a flow changes more than X times from one year to the next (default: 3).")
    BigDecimal jumpFactor = ValidationOptions.DEFAULT_JUMP_FACTOR;

    @Mixin
    OutputOptions output;

    @Override
    ExitCode run() {
        format.requireOneOf(Format.text, Format.csv, Format.json);
        if (maxIssues < 0 || jumpFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw CannotRunException.usage(Text.of("--max-issues phải ≥ 0 và --jump-factor phải > 1",
                    "--max-issues must be 0 or more and --jump-factor above 1"));
        }
        ValidationViews.Selection selection = new ValidationViews.Selection(severity, maxIssues, all);
        Plan plan = common.plan();
        output.outside(input.inputs());
        Validation validation = new Pipeline(plan).validate(input.inputs(), input.readOptions(plan, common.lang),
                new ValidationOptions(jumpFactor, until, missing));
        String content = switch (format) {
            case json -> Json.write(ValidationViews.json(validation, selection, common.lang));
            case csv -> CsvTable.render(ValidationViews.csv(validation, selection, common.lang));
            default -> common.quiet
                    ? (validation.hasErrors() ? ValidationViews.text(validation, new ValidationViews.Selection(Severity.ERROR, maxIssues, all), common.lang) : "")
                    : ValidationViews.text(validation, selection, common.lang);
        };
        output.emit(content, out());
        if (format != Format.text && !common.quiet) {
            err().println(ValidationViews.summary(validation, selection, common.lang));
            err().flush();
        }
        return ExitCode.of(validation.hasErrors());
    }
}
