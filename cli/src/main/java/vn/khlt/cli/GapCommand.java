package vn.khlt.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.pipeline.GapReport;
import vn.khlt.analyse.GapRow;
import vn.khlt.pipeline.GapReport;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.analyse.Status;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.render.CsvTable;
import vn.khlt.render.GapViews;
import vn.khlt.render.Json;
import vn.khlt.render.TextTable;

/** {@code khlt gap}: how far each target is, who is behind, and the pace needed to make it. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = "How far each target stands as of a year: actual, expected by now, gap, percent, status, "
                + "the pace needed against the pace so far, and where that pace ends. Rules: docs/gap-analysis.md.",
        footer = {"", "Examples:",
            "  khlt gap samples/ --as-of 2019",
            "  khlt gap samples/ --association HND --indicator CT08       how far is HND from its 5,560 households?",
            "  khlt gap samples/ --status off_track,not_achieved    only what is behind",
            "  khlt gap samples/ --by association --indicator CT08        associations ranked by %% of their own target",
            "  khlt gap samples/ --by unit --indicator CT16               the districts that hold a target back",
            "  khlt gap samples/ --format json                            for scripts"})
final class GapCommand extends BaseCommand {

    @Option(names = {"--as-of", "--year"}, paramLabel = "YEAR",
            description = "The year to judge (default: the latest year with at least half as many returns as the best-covered year).")
    Optional<Integer> asOf = Optional.empty();

    @Option(names = "--association", paramLabel = "CODE", description = "Only this association's rows (code or name).")
    Optional<String> association = Optional.empty();

    @Option(names = "--indicator", paramLabel = "CODE", split = ",", description = "Only these indicators (repeatable: --indicator CT08 --indicator CT09).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "NAME", description = "Only this unit's figures (\"Ba Tri\").")
    Optional<String> unit = Optional.empty();

    @Option(names = "--status", paramLabel = "STATUS", split = ",", converter = PlainWords.StatusWord.class,
            description = "Only these statuses: exceeded, achieved, on_track, needs_acceleration, off_track, not_achieved, "
                    + "incomplete, no_data, not_applicable.")
    List<Status> statuses = new ArrayList<>();

    @Option(names = "--by", paramLabel = "association|unit", converter = PlainWords.RankingWord.class,
            description = "Rank: 'association' orders each target's associations from furthest behind; "
                    + "'unit' lists the districts short of each target, by their share of its shortfall.")
    Optional<GapReport.Ranking> by = Optional.empty();

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            description = "Output format: text (default), csv or json.")
    Format format = Format.text;

    @Mixin
    ScreenWidth screen;

    @Option(names = "--color", negatable = true, description = "Colour the statuses (default: only on a terminal).")
    Optional<Boolean> color = Optional.empty();

    @Mixin
    InputsOnly input;

    @Mixin
    OutputOptions output;

    @Override
    ExitCode run() {
        format.requireOneOf(Format.text, Format.csv, Format.json);
        Plan plan = common.plan();
        Optional<String> associationCode = association.map(name -> PlanNames.association(plan, name).code());
        Optional<String> unitCode = unit.map(name -> PlanNames.unit(plan, name).code());
        asOf.ifPresent(y -> PlanNames.year(plan, y, "--as-of"));
        List<String> codes = indicators.stream().map(code -> plan.indicator(code).map(Indicator::code)
                .orElseThrow(() -> CannotRunException.usage(Text.of("--indicator: không có chỉ tiêu '%s'",
                        "--indicator: no indicator '%s'").format(code)))).toList();
        output.outside(input.inputs());
        GapReport report = new Pipeline(plan).gap(input.inputs(), input.read(plan, common.lang),
                new GapReport.Question(asOf, unitCode, associationCode, codes, statuses, by));
        if (report.asOf().isEmpty()) {
            err().println(Text.of("khlt: chưa có số liệu hợp lệ nào để phân tích", "khlt: no valid figures to analyse yet")
                    .in(common.lang));
            IssuePrinter.printErrors(report.validation().issues(), common.lang, err());
            return ExitCode.of(report.validation().hasErrors());
        }
        List<GapRow> rows = report.rows();
        int year = report.asOf().get();
        if (by.filter(GapReport.Ranking.UNIT::equals).isPresent()) {
            List<vn.khlt.analyse.UnitShortfall> parts = report.shortfalls();
            output.emit(switch (format) {
                case json -> Json.write(GapViews.unitsJson(plan, parts, year));
                case csv -> CsvTable.render(GapViews.units(plan, parts, year, common.lang));
                default -> TextTable.render(GapViews.units(plan, parts, year, common.lang), common.lang);
            }, out());
            return ExitCode.of(report.validation().hasErrors());
        }
        String content = switch (format) {
            case json -> Json.write(GapViews.json(plan, rows, year, common.lang));
            case csv -> CsvTable.render(GapViews.table(plan, rows, year, common.lang));
            // on a terminal, the projection, the paces, the expected figure, the gap and the target go first
            default -> coloured(screen.text(GapViews.table(plan, rows, year, common.lang), common.lang, output.output,
                    List.of(11, 10, 9, 4, 5, 2)), rows);
        };
        output.emit(content, out());
        if (report.validation().hasErrors() && !common.quiet) {
            err().println(Text.of("khlt: %d lỗi trong số liệu đầu vào, các số liệu lỗi không được tính (xem: khlt validate)",
                    "khlt: %d errors in the inputs; figures in error are not counted (see: khlt validate)")
                    .format(report.validation().count(vn.khlt.finding.Severity.ERROR)).in(common.lang));
            err().flush();
        }
        return ExitCode.of(report.validation().hasErrors());
    }

    /** Statuses in colour, on a terminal (or with --color), never in files or pipes. */
    private String coloured(String table, List<GapRow> rows) {
        boolean terminal = System.console() != null && output.output.equals("-") && System.getenv("NO_COLOR") == null;
        if (!color.orElse(terminal)) {
            return table;
        }
        List<String> lines = new ArrayList<>(table.lines().toList());
        int first = 3; // the title, the header and its rule; a line may follow the rows (what was left out to fit)
        for (int i = 0; i < rows.size(); i++) {
            String label = rows.get(i).status().label().in(common.lang);
            lines.set(first + i, lines.get(first + i).replaceFirst(java.util.regex.Pattern.quote(label),
                    java.util.regex.Matcher.quoteReplacement(GapViews.colour(rows.get(i).status()) + label + "\u001B[0m")));
        }
        return String.join("\n", lines) + "\n";
    }
}
