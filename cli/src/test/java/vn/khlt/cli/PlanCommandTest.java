package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.plan.Plans;
import vn.khlt.render.Json;

class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void listShowsTwentyIndicatorsInVietnamese() {
        Run run = Run.of("plan", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(l -> l.matches("CT\\d\\d .*"))).hasSize(20);
        assertThat(run.out()).contains("Mã", "Chỉ tiêu", "Mục tiêu",
                "CT08  Hộ đăng ký đề án đa dạng sinh kế",
                "HLHPN ≥ 3.987 · HND ≥ 5.560 · HCCB ≥ 579 · DTN ≥ 329 · liên tịch ≥ 10.455, cộng dồn 2016–2020",
                "từng đoàn thể ≥ 60% (2016–2019), ≥ 70% (2020)");
    }

    @Test
    void planAloneLists() {
        assertThat(Run.of("plan").out()).isEqualTo(Run.of("plan", "list").out());
    }

    @Test
    void listInEnglish() {
        Run run = Run.of("plan", "list", "--lang", "en");
        assertThat(run.out()).contains("Code", "Indicator", "Target",
                "HND ≥ 5,560", "joint ≥ 10,455, in total 2016–2020", "province < 4%, by 2020");
    }

    @Test
    void listAsJsonHasAllTwentyIndicatorsWithTargets() throws IOException {
        Run run = Run.of("plan", "list", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode plan = Json.read(run.out());
        assertThat(plan.path("id").asText()).isEqualTo("bentre-02-khlt-2016");
        assertThat(plan.path("period").path("from").asInt()).isEqualTo(2016);
        JsonNode indicators = plan.path("indicators");
        assertThat(indicators).hasSize(20);
        List<String> ct08 = new ArrayList<>();
        for (JsonNode target : indicators.get(7).path("targets")) {
            ct08.add(target.path("scope").asText() + "=" + target.path("value").asText());
        }
        assertThat(ct08).containsExactly("HLHPN=3987", "HND=5560", "HCCB=579", "DTN=329", "joint=10455");
        JsonNode ct11 = indicators.get(10).path("targets").get(0);
        assertThat(ct11.path("kind").asText()).isEqualTo("milestones");
        assertThat(ct11.path("milestones").path("2020").asInt()).isEqualTo(70);
        JsonNode ct07 = indicators.get(6).path("targets").get(0);
        assertThat(ct07.path("min").asInt()).isEqualTo(10);
        assertThat(ct07.path("stretch").asInt()).isEqualTo(12);
        assertThat(indicators.get(0).path("reportedBy").asText()).isEqualTo("province");
        assertThat(indicators.get(19).path("targets")).isEmpty();
    }

    @Test
    void showOneIndicatorInDetail() {
        Run run = Run.of("plan", "show", "ct08");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("CT08 — Hộ đăng ký đề án đa dạng sinh kế\n")
                .contains("Đề án 4190/ĐA-UBND", "Hội Nông dân tỉnh (HND): ≥ 5.560 cộng dồn 2016–2020",
                        "liên tịch (cộng các đoàn thể): ≥ 10.455 cộng dồn 2016–2020");
    }

    @Test
    void showARateWithItsNumeratorAndDenominator() {
        Run run = Run.of("plan", "show", "CT07", "--lang", "en");
        assertThat(run.out()).contains("Numerator:", "since 2016", "Denominator:", "2016 baseline",
                "each association: 10–12% by 2020 (minimum 10%, stretch 12%)");
    }

    @Test
    void showUnknownIndicatorIsBadUsageListingTheKnownOnes() {
        Run run = Run.of("plan", "show", "CT21");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("khlt: Kế hoạch bentre-02-khlt-2016 không có chỉ tiêu 'CT21' "
                + "(các chỉ tiêu: CT01, CT02, CT03, CT04, CT05, CT06, CT07, CT08, CT09, CT10, CT11, CT12, CT13, "
                + "CT14, CT15, CT16, CT17, CT18, CT19, CT20)\n");
    }

    @Test
    void exportPrintsTheBuiltInPlanWhichChecksClean() throws IOException {
        Run export = Run.of("plan", "export");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).isEqualTo(Plans.builtInText(Plans.DEFAULT_ID).orElseThrow());
        Path file = dir.resolve("next.yaml");
        Files.writeString(file, export.out(), StandardCharsets.UTF_8);
        Run check = Run.of("plan", "check", file.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("hợp lệ", "20 chỉ tiêu");
    }

    @Test
    void exportToAFile() throws IOException {
        Path file = dir.resolve("sub/plan.yaml");
        Run run = Run.of("plan", "export", "-o", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).contains("code: CT08");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    /** The 1-based column where a text starts on a 1-based line. */
    private static int column(String text, int line, String what) {
        return text.lines().skip(line - 1).findFirst().orElseThrow().indexOf(what) + 1;
    }

    @Test
    void checkReportsEveryProblemWithItsLineAndExitsOne() throws IOException {
        String yaml = Plans.builtInText(Plans.DEFAULT_ID).orElseThrow()
                .replace("kind: cumulative-at-least, value: 5560", "kind: cumulative, value: 5560")
                .replace("- code: CT20", "- code: CT19");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        int kindLine = line(yaml, "kind: cumulative, value: 5560");
        int duplicateLine = line(yaml, "- code: CT19", 2);

        Run run = Run.of("plan", "check", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(
                // the line, and the column of the field, as Jackson's parser reads them
                file + ":" + kindLine + ":" + column(yaml, kindLine, "kind:") + ": [plan-unknown-target-kind] Unknown target kind 'cumulative'",
                file + ":" + duplicateLine + ":" + column(yaml, duplicateLine, "code:") + ": [plan-duplicate-code] Duplicate code 'CT19'",
                file + ": 2 problems");
    }

    @Test
    void checkAsJson() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "id: x\n", StandardCharsets.UTF_8);
        Run run = Run.of("plan", "check", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = Json.read(run.out());
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("problems")).extracting(p -> p.path("code").asText())
                .contains("plan-missing-field");
    }

    @Test
    void checkOfAMissingFileCannotRun() {
        Run run = Run.of("plan", "check", dir.resolve("none.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("Không tìm thấy tệp", "none.yaml");
    }

    @Test
    void anotherPlanReplacesTheBuiltInOne() throws IOException {
        String yaml = Plans.builtInText(Plans.DEFAULT_ID).orElseThrow()
                .replace("id: bentre-02-khlt-2016", "id: bentre-2021")
                .replace("value: 5560", "value: 6000");
        Path file = dir.resolve("next.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Run run = Run.of("plan", "show", "CT08", "--plan", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(HND): ≥ 6.000");
    }

    @Test
    void anInvalidPlanFileCannotRunAndSaysWhy() throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "id: broken\nperiod: {from: 2020, to: 2016}\n", StandardCharsets.UTF_8);
        Run run = Run.of("plan", "list", "--plan", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is not valid (check it with: khlt plan check",
                "broken.yaml:2:1: [plan-bad-period]");
    }

    @Test
    void aMissingPlanFileCannotRun() {
        Run run = Run.of("plan", "list", "--plan", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("Không tìm thấy tệp kế hoạch");
    }

    private static int line(String text, String needle) {
        return line(text, needle, 1);
    }

    /** The 1-based line of the n-th occurrence of a text. */
    private static int line(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aFolderNamedAsThePlanSaysSo() {
        Run run = Run.of("plan", "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_RUN.code);
        assertThat(run.err()).isEqualTo("khlt: Không đọc được tệp kế hoạch " + dir + ": đó là một thư mục, không phải tệp\n");
        Run en = Run.of("plan", "list", "--plan", dir.toString(), "--lang", "en");
        assertThat(en.exitCode()).isEqualTo(ExitCode.CANNOT_RUN.code);
        assertThat(en.err()).isEqualTo("khlt: Cannot read plan file " + dir + ": it is a folder, not a file\n");
    }
}
