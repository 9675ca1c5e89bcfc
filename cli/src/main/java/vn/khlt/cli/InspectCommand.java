package vn.khlt.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.check.Validation;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.plan.Plan;
import vn.khlt.read.Figure;
import vn.khlt.render.CsvTable;
import vn.khlt.render.ExplainViews;
import vn.khlt.render.FigureViews;
import vn.khlt.render.Json;
import vn.khlt.render.TextTable;

/** {@code khlt inspect}: what was read, value by value, with the cell it came from. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what was read from the inputs, one line per value with its source (file, sheet, cell).",
        footer = {"", "Examples:",
            "  khlt inspect samples/",
            "  khlt inspect HND_2017.xlsx --format json",
            "  khlt inspect bao-cao.csv --association HND --year 2017 --format csv -o doc-duoc.csv"})
final class InspectCommand extends BaseCommand {

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            description = "Output format: text (default), csv (long layout, readable by khlt) or json.")
    Format format = Format.text;

    @Option(names = "--explain", description = "Instead of the figures, say what was understood of each table: its header's"
            + " rows and layout, what each column holds, whose figures they are and which source said so, the rows"
            + " passed over and why (text or json).")
    boolean explain;

    @Mixin
    OutputOptions output;

    @Mixin
    ScreenWidth screen;

    @Override
    ExitCode run() {
        format.requireOneOf(Format.text, Format.csv, Format.json);
        Plan plan = common.plan();
        output.outside(input.inputs());
        Pipeline.Inspection inspection = new Pipeline(plan).inspect(input.inputs(), input.readOptions(plan, common.lang));
        List<Figure> figures = inspection.figures();
        Validation result = inspection.validation();
        if (explain) {
            format.requireOneOf(Format.text, Format.json);
        }
        String content = explain ? format == Format.json
                ? Json.write(ExplainViews.json(result.files(), inspection.tables(), result.issues(), common.lang))
                : ExplainViews.text(result.files(), inspection.tables(), result.issues(), common.lang)
                : switch (format) {
            case json -> Json.write(FigureViews.json(figures));
            case csv -> CsvTable.render(FigureViews.csv(figures, common.lang));
            // on a terminal, the parts of a rate go first; the source is shortened
            default -> screen.text(FigureViews.table(plan, figures, common.lang), common.lang, output.output, List.of(5, 6));
        };
        output.emit(content, out());
        IssuePrinter.print(result.issues(), common.lang, common.quiet, err());
        if (!common.quiet) {
            err().println(IssuePrinter.summary(result.files().size(), result.figures(), result.issues(), common.lang));
            err().flush();
        }
        return ExitCode.of(result.hasErrors());
    }
}
