package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KhltCommandTest {

    @Test
    void helpListsCommandsExitCodesAndAnExample() {
        Run run = Run.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("plan ", "Exit codes:", " 1   done, but the data has errors",
                "70   internal fault", "Examples:", "khlt plan list");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(run.err()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"plan", "plan list", "plan show", "plan check", "plan export",
        "template", "inspect", "validate", "report", "gap", "run"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");
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
        assertThat(run.out()).startsWith("Usage: khlt " + command);
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void versionNamesKhlt() {
        Run run = Run.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("khlt ");
    }

    @Test
    void noCommandIsBadUsage() {
        Run run = Run.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("khlt: a command is needed", "khlt --help");
    }

    @Test
    void unknownOptionIsBadUsageWithoutStackTrace() {
        Run run = Run.of("plan", "list", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'").doesNotContain("at vn.khlt", "Exception");
    }

    @Test
    void unknownCommandSuggestsTheClosest() {
        Run run = Run.of("plans");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("plan");
    }

    @Test
    void badLanguageIsBadUsage() {
        Run run = Run.of("plan", "list", "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("expected vi or en, not 'fr'");
    }
}
