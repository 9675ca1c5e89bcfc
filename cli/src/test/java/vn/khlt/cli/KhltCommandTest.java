package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KhltCommandTest {

    @Test
    void helpListsCommandsExitCodesAndAnExample() {
        Run run = Run.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Cách dùng: khlt", "Các lệnh:", "plan ", "Mã thoát:", " 1   xong, nhưng số liệu có lỗi",
                "70   lỗi nội bộ", "Ví dụ:", "khlt plan list");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(run.err()).isEmpty();
        Run en = Run.of("--help", "--lang", "en");
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("Usage: khlt", "Commands:", "Exit codes:", " 1   done, but the data has errors",
                "70   internal fault", "Examples:", "khlt plan list");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"plan", "plan list", "plan show", "plan check", "plan export",
        "template", "inspect", "validate", "report", "gap", "run", "help"})
    void everyCommandHasHelp(String command) {
        for (String lang : new String[] {"vi", "en"}) {
            String[] args = (command + " --help --lang " + lang).split(" ");
            // picocli reports a help text it cannot format (a lone %) on System.err itself
            java.io.PrintStream stderr = System.err;
            java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
            Run run;
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                run = Run.of(args);
            } finally {
                System.setErr(stderr);
            }
            assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains((lang.equals("vi") ? "Cách dùng: khlt " : "Usage: khlt ") + command + " ");
            assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
    }

    /** The Vietnamese help leaves nothing in English: each text of each command differs from the annotation's. */
    @Test
    void everyHelpTextHasItsVietnamese() {
        java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
        picocli.CommandLine vi = Khlt.commandLine(nowhere, nowhere);
        Khlt.helpIn(vi, vn.khlt.i18n.Lang.VI);
        picocli.CommandLine en = Khlt.commandLine(nowhere, nowhere);
        List<String> untranslated = new ArrayList<>();
        compare(vi, en, untranslated);
        assertThat(untranslated).isEmpty();
    }

    private static void compare(picocli.CommandLine vi, picocli.CommandLine en, List<String> untranslated) {
        picocli.CommandLine.Model.CommandSpec v = vi.getCommandSpec();
        picocli.CommandLine.Model.CommandSpec e = en.getCommandSpec();
        String name = v.qualifiedName();
        String[] english = e.usageMessage().description().length > 0 ? e.usageMessage().description() : e.usageMessage().header();
        String[] vietnamese = e.usageMessage().description().length > 0 ? v.usageMessage().description() : v.usageMessage().header();
        if (java.util.Arrays.equals(english, vietnamese)) {
            untranslated.add(name);
        }
        if (e.usageMessage().footer().length > 0 && java.util.Arrays.equals(e.usageMessage().footer(), v.usageMessage().footer())) {
            untranslated.add(name + " footer");
        }
        for (int i = 0; i < e.args().size(); i++) {
            if (java.util.Arrays.equals(e.args().get(i).description(), v.args().get(i).description())) {
                untranslated.add(name + " " + e.args().get(i).paramLabel() + " " + String.join(" ", e.args().get(i).description()));
            }
        }
        for (String sub : e.subcommands().keySet()) {
            compare(vi.getSubcommands().get(sub), en.getSubcommands().get(sub), untranslated);
        }
    }

    @Test
    void versionNamesKhlt() {
        Run run = Run.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("khlt ");
    }

    /** {@code khlt} alone shows the year's steps with the exact commands, each of which is a command that exists. */
    @Test
    void noCommandShowsTheYearsSteps() {
        Run run = Run.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("khlt: tổng hợp báo cáo năm").contains("Các bước mỗi năm")
                .contains("khlt review --year 2019 hop-thu");
        for (String line : run.out().lines().filter(l -> l.contains("  khlt ")).toList()) {
            String command = line.substring(line.indexOf("khlt ") + 5).split(" ")[0];
            assertThat(Run.of(command, "--help").exitCode()).as(line).isZero();
        }
        assertThat(Run.of("--lang", "en").out()).contains("The year's steps").contains("khlt gap --as-of 2019 hop-thu");
    }

    @Test
    void theLanguageCanBeAskedBeforeTheCommand() {
        Run alone = Run.of("--lang", "en");
        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out()).startsWith("khlt: the yearly consolidation");
        Run before = Run.of("--lang", "en", "plan", "list");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).isEqualTo(Run.of("plan", "list", "--lang", "en").out()).contains("20 indicators");
        assertThat(Run.of("--lang", "en", "plan", "list", "--lang", "vi").out()).isEqualTo(Run.of("plan", "list").out());
        assertThat(Run.of("--lang", "en", "--help").out()).contains("Usage: khlt", "--lang=vi|en");
        assertThat(Run.of("--help").out()).contains("Cách dùng: khlt", "--lang=vi|en");
    }

    @Test
    void unknownOptionIsBadUsageWithoutStackTrace() {
        Run run = Run.of("plan", "list", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("khlt: không có tùy chọn '--colour'\nXem: khlt plan list --help\n");
        Run en = Run.of("plan", "list", "--colour", "--lang", "en");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("khlt: Unknown option: '--colour'\nTry 'khlt plan list --help' for more.\n");
    }

    @Test
    void unknownCommandSuggestsTheClosest() {
        Run run = Run.of("plans");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("khlt: không có lệnh 'plans'\nCó phải: khlt plan hay khlt template hay khlt inspect?\n"
                + "Xem: khlt --help\n");
        Run option = Run.of("gap", "--colour", "--lang=en");
        assertThat(option.err()).startsWith("khlt: Unknown option: '--colour'\nPossible solutions: --color\n");
        assertThat(Run.of("gap", "--colour").err()).startsWith("khlt: không có tùy chọn '--colour'\nCó phải: --color?\n");
    }

    @Test
    void badLanguageIsBadUsage() {
        Run run = Run.of("plan", "list", "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("khlt: giá trị 'fr' không dùng được cho --lang: chọn một trong vi, en\n");
    }

    /** Each kind of mistake picocli finds, told in Vietnamese, and in picocli's own English on request. */
    @Test
    void usageMistakesAreToldInVietnameseByDefault() {
        String[][] cases = {
            {"khlt: thiếu tùy chọn bắt buộc --year YEAR", "khlt: Missing required option: '--year=YEAR'", "report"},
            {"khlt: tùy chọn --as-of cần một giá trị (YEAR)", "khlt: Missing required parameter for option '--as-of' (YEAR)",
                "gap", "--as-of"},
            {"khlt: tùy chọn --year chỉ được ghi một lần", "khlt: option '--year' (YEAR) should be specified only once",
                "report", "--year", "2019", "--year", "2020"},
            {"khlt: giá trị 'abc' không dùng được cho --year: cần một số nguyên, ví dụ 2019",
                "khlt: Invalid value for option '--year': 'abc' is not an int", "report", "--year", "abc"},
            {"khlt: giá trị 'x' không dùng được cho --max-issues: cần một số nguyên",
                "khlt: Invalid value for option '--max-issues': 'x' is not an int", "validate", "--max-issues", "x"},
            {"khlt: giá trị 'yaml' không dùng được cho --format: chọn một trong text, csv, json",
                "khlt: Invalid value for option '--format': expected one of [text, csv, json, xlsx, md, html] (case-insensitive) but was 'yaml'",
                "gap", "--format", "yaml"},
            {"khlt: giá trị 'late' không dùng được cho --status: chọn một trong exceeded, achieved, on_track, "
                + "needs_acceleration, off_track, not_achieved, incomplete, no_data, not_applicable",
                "khlt: Invalid value for option '--status' (STATUS): expected one of [exceeded, achieved, on_track, "
                + "needs_acceleration, off_track, not_achieved, incomplete, no_data, not_applicable] or a status in Vietnamese"
                + " (chậm tiến độ) but was 'late'", "gap", "--status", "late"},
            {"khlt: giá trị 'x' không dùng được cho --by: chọn một trong association, unit",
                "khlt: Invalid value for option '--by': expected one of [association, unit] (or hội, huyện) but was 'x'",
                "gap", "--by", "x"},
            {"khlt: thiếu đối số CODE", "khlt: Missing required parameter: 'CODE'", "plan", "show"},
            {"khlt: thừa đối số 'CT09'", "khlt: Unmatched argument at index 5: 'CT09'", "plan", "show", "CT08", "CT09"},
            {"khlt: không có lệnh 'lisst'", "khlt: Unmatched argument at index 1: 'lisst'", "plan", "lisst"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 2, c.length);
            Run vi = Run.of(args);
            assertThat(vi.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(vi.err().lines().findFirst()).as(String.join(" ", args)).contains(c[0]);
            boolean planCommand = args[0].equals("plan") && List.of("list", "show", "check", "export").contains(args[1]);
            assertThat(vi.err()).endsWith("Xem: khlt " + args[0] + (planCommand ? " " + args[1] : "") + " --help\n");
            int command = args[0].equals("plan") ? 2 : 1; // --lang en right after the command's words
            List<String> english = new ArrayList<>(List.of(args));
            english.addAll(command, List.of("--lang", "en"));
            Run en = Run.of(english.toArray(String[]::new));
            assertThat(en.exitCode()).isEqualTo(2);
            assertThat(en.err().lines().findFirst()).as(String.join(" ", english)).contains(c[1]);
        }
    }

    /** Shell completion (picocli's AutoComplete): a bash and zsh script that knows every command and option. */
    @Test
    void completionKnowsEveryCommandAndOption() {
        Run run = Run.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F")
                .contains("review").contains("feedback").contains("--allow-fewer").contains("--print-settings");
    }
}
