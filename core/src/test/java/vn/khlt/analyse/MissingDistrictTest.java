package vn.khlt.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.check.ValidationOptions;
import vn.khlt.facts.Consolidation;
import vn.khlt.i18n.Lang;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Plan;
import vn.khlt.plan.Plans;
import vn.khlt.plan.Target;
import vn.khlt.read.ReadOptions;
import vn.khlt.render.GapViews;
import vn.khlt.render.Json;

/**
 * samples/bentre with one district's 2019 return taken out (HND, Ba Tri): every figure it
 * touches says that Ba Tri is missing, and no status is better than with Ba Tri there, unless
 * the rule allows it (a count that already meets a floor).
 */
class MissingDistrictTest {

    private static final Path SAMPLES = Path.of("..", "samples", "bentre");
    private final Plan plan = Plans.defaultPlan();

    @TempDir
    Path dir;

    private List<GapRow> gap(Path inputs) {
        var validation = new vn.khlt.pipeline.Pipeline(plan).validate(List.of(inputs), ReadOptions.none(),
                ValidationOptions.defaults());
        return new GapAnalysis(new Consolidation(plan, validation.facts())).asOf(2019);
    }

    @Test
    void everyFigureBaTriTouchesSaysSoAndNoneLooksBetter() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path hnd = dir.resolve("hnd-2019.csv");
        String csv = Files.readString(hnd, StandardCharsets.UTF_8);
        String without = csv.lines().filter(l -> !l.contains(",Ba Tri,")).collect(Collectors.joining("\n", "", "\n"));
        assertThat(without).isNotEqualTo(csv);
        List<GapRow> whole = gap(SAMPLES);
        Files.writeString(hnd, without, StandardCharsets.UTF_8);
        List<GapRow> less = gap(dir);
        assertThat(less).hasSameSizeAs(whole);
        String json = Json.write(GapViews.json(plan, less, 2019, Lang.VI));
        int touched = 0;
        for (int i = 0; i < whole.size(); i++) {
            GapRow before = whole.get(i);
            GapRow after = less.get(i);
            assertThat(after.indicator()).isEqualTo(before.indicator());
            if (after.coverage().reported() == before.coverage().reported()) {
                assertThat(after.status()).isEqualTo(before.status());
                continue;
            }
            touched++;
            String what = after.indicator().code() + " " + after.scope();
            assertThat(after.remarks(plan).vi()).as(what).contains("Huyện Ba Tri").contains("chưa gửi báo cáo");
            assertThat(after.remarks(plan).en()).as(what).contains("Ba Tri District").contains("no return");
            assertThat(notBetter(before, after)).as(what + ": " + before.status() + " → " + after.status()).isTrue();
        }
        assertThat(touched).isGreaterThan(10);
        assertThat(json).contains("\"unit\" : \"BA-TRI\"").contains("\"why\" : \"no_return\"");
        String table = vn.khlt.render.TextTable.render(GapViews.table(plan, less, 2019, Lang.VI), Lang.VI);
        assertThat(table).contains("Huyện Ba Tri 2019 (chưa gửi báo cáo)").contains("Chưa đủ số liệu");
    }

    /** Whether a status without Ba Tri is no better than with it, or better only as the rule allows. */
    private static boolean notBetter(GapRow before, GapRow after) {
        if (!after.status().verdict()) {
            return true; // incomplete, no data: no verdict at all
        }
        boolean allowed = after.indicator().measure() == Measure.COUNT && !after.target().perUnit()
                && (after.status() == Status.ACHIEVED || after.status() == Status.EXCEEDED)
                && !(after.target() instanceof Target.Level level && (level.comparison() == Target.Comparison.BELOW
                        || level.comparison() == Target.Comparison.AT_MOST));
        return allowed || !before.status().verdict() ? allowed : after.status().compareTo(before.status()) >= 0;
    }
}
