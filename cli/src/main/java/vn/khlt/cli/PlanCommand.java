package vn.khlt.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.PlanCheck;
import vn.khlt.plan.PlanLoader;
import vn.khlt.plan.PlanProblem;
import vn.khlt.render.Json;
import vn.khlt.render.PlanViews;
import vn.khlt.render.TextTable;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** {@code khlt plan}: the plan's indicators and targets, and plan files. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "List, show, check and export plans (indicators and targets). Without a subcommand: list.",
        subcommands = {PlanCommand.ListCommand.class, PlanCommand.Show.class, PlanCommand.Check.class,
            PlanCommand.Export.class},
        footer = {"", "Examples:",
            "  khlt plan list",
            "  khlt plan show CT08 --lang en",
            "  khlt plan export -o next-plan.yaml && khlt plan check next-plan.yaml"})
final class PlanCommand extends BaseCommand {

    @Mixin
    TextOrJson output;

    @Mixin
    ScreenWidth screen;

    @Override
    ExitCode run() {
        return ListCommand.list(common.plan(), output, screen, common.lang, out());
    }

    /** --format text|json and -o, as every plan command but export takes them. */
    static final class TextOrJson {
        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format: text (default) or json.")
        Format format = Format.text;

        @Mixin
        OutputOptions file;

        boolean json() {
            return format.requireOneOf(Format.text, Format.json) == Format.json;
        }

        void emit(String content, java.io.PrintWriter out) {
            file.emit(content, out);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the plan's indicators: measure, scope and target, one line each.")
    static final class ListCommand extends BaseCommand {

        @Mixin
        TextOrJson output;

        @Mixin
        ScreenWidth screen;

        @Override
        ExitCode run() {
            return list(common.plan(), output, screen, common.lang, out());
        }

        static ExitCode list(Plan plan, TextOrJson output, ScreenWidth screen, Lang lang, java.io.PrintWriter out) {
            // on a terminal, the measure goes first; the target is shortened (khlt plan show CODE has it whole)
            String content = output.json()
                    ? Json.write(PlanViews.plan(plan))
                    : screen.text(PlanViews.indicators(plan, lang), lang, output.file.output, List.of(2));
            output.emit(content, out);
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show everything about one indicator.")
    static final class Show extends BaseCommand {

        @Parameters(paramLabel = "CODE", description = "Indicator code, such as CT08.")
        String code;

        @Mixin
        TextOrJson output;

        @Override
        ExitCode run() {
            Plan plan = common.plan();
            Indicator indicator = plan.indicator(code).orElseThrow(() -> CannotRunException.usage(Text.of(
                    "Kế hoạch %s không có chỉ tiêu '%s' (các chỉ tiêu: %s)",
                    "Plan %s has no indicator '%s' (indicators: %s)").format(plan.id(), code,
                    plan.indicators().stream().map(Indicator::code).collect(Collectors.joining(", ")))));
            String content = output.json()
                    ? Json.write(PlanViews.indicator(plan, indicator))
                    : PlanViews.indicator(plan, indicator, common.lang);
            output.emit(content, out());
            return ExitCode.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check a plan file: exit 0 if it is valid, else list every problem with its line and exit 1.")
    static final class Check extends BaseCommand {

        @Parameters(paramLabel = "FILE", description = "Plan file (YAML).")
        Path file;

        @Mixin
        TextOrJson output;

        @Override
        ExitCode run() {
            boolean json = output.json();
            PlanCheck check = PlanLoader.check(file.toString(), PlanFiles.read(file), PlanFiles.includes(file));
            String content = json ? json(check) : text(check, common.lang);
            output.emit(content, out());
            return ExitCode.of(!check.valid());
        }

        private static String text(PlanCheck check, Lang lang) {
            if (check.valid()) {
                Plan plan = check.plan().orElseThrow();
                return Text.of("%s: hợp lệ — kế hoạch %s, %s, %d đoàn thể, %d đơn vị, %d chỉ tiêu%n",
                        "%s: valid — plan %s, %s, %d associations, %d units, %d indicators%n")
                        .format(check.file(), plan.id(), plan.period(), plan.associations().size(),
                                plan.units().size(), plan.indicators().size()).in(lang);
            }
            StringBuilder out = new StringBuilder();
            for (PlanProblem problem : check.problems()) {
                out.append(problem.describe(check.file(), lang)).append('\n');
            }
            out.append(Text.of("%s: %d lỗi%n", "%s: %d problems%n")
                    .format(check.file(), check.problems().size()).in(lang));
            return out.toString();
        }

        private static String json(PlanCheck check) {
            return Json.write(PlanViews.check(check));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the plan as YAML (comments kept): the starting point for the next period's plan.")
    static final class Export extends BaseCommand {

        @Mixin
        OutputOptions output;

        @Override
        ExitCode run() {
            output.emit(common.plan().source(), out());
            return ExitCode.OK;
        }
    }
}
