package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

class RunCommandTest {

    @TempDir
    Path dir;

    Path inbox;
    Path out;

    @BeforeEach
    void inbox() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        out = dir.resolve("out");
        write("HND_2018.csv", "Đơn vị,CT08\nBa Tri,900\n");
        write("HND_2019.csv", "Đơn vị,CT08\nBa Tri,950\n");
    }

    /** Writes an input as if it arrived a minute ago: settled, as a run wants it. */
    private void write(String name, String text) throws IOException {
        Path file = inbox.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    private JsonNode run(String... extra) throws IOException {
        String[] args = Stream.concat(Stream.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--format", "json",
                "--settle", "0"),
                Stream.of(extra)).toArray(String[]::new);
        Run run = Run.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.read(run.out());
    }

    /** Every file under a folder with its bytes' checksum and its modification time. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("lock")).toList()) {
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
                FileTime time = Files.getLastModifiedTime(p);
                files.put(folder.relativize(p).toString(), sha + " " + time.toMillis());
            }
        }
        return files;
    }

    @Test
    void aRerunWithNothingChangedWritesNothing() throws Exception {
        JsonNode first = run();
        assertThat(first.path("status").asText()).isEqualTo("rebuilt");
        assertThat(first.path("new").asInt()).isEqualTo(2);
        assertThat(first.path("year").asInt()).isEqualTo(2019);
        assertThat(first.path("outputs")).hasSize(13);
        assertThat(out.resolve("report/tong-hop.csv")).exists();
        Map<String, String> before = snapshot(out);
        JsonNode second = run();
        assertThat(second.path("status").asText()).isEqualTo("unchanged");
        assertThat(second.path("outputs")).isEmpty();
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aReportWrittenInsideTheInboxIsNeitherReadNorCountedAsAnInput() throws Exception {
        out = inbox.resolve("bao-cao");
        JsonNode first = run();
        assertThat(first.path("status").asText()).isEqualTo("rebuilt");
        assertThat(first.path("new").asInt()).isEqualTo(2);
        assertThat(first.path("errors").asInt()).isZero();
        Map<String, String> before = snapshot(out);
        JsonNode second = run();
        assertThat(second.path("status").asText()).isEqualTo("unchanged");
        assertThat(snapshot(out)).isEqualTo(before);
        // khlt validate on the inbox skips the report folder with a note, and reads what it read before
        Run validate = Run.of("validate", inbox.toString(), "--lang", "en");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("A report folder khlt wrote, skipped").contains("2 files, 2 figures read");
    }

    @Test
    void aNewAChangedAndARemovedFileEachTriggerARebuild() throws Exception {
        run();
        write("DTN_2019.csv", "Đơn vị,CT08\nBa Tri,30\n");
        assertThat(run().path("new").asInt()).isEqualTo(1);
        write("HND_2019.csv", "Đơn vị,CT08\nBa Tri,951\n");
        JsonNode changed = run();
        assertThat(changed.path("status").asText()).isEqualTo("rebuilt");
        assertThat(changed.path("changed").asInt()).isEqualTo(1);
        Files.delete(inbox.resolve("DTN_2019.csv"));
        assertThat(run("--allow-fewer").path("removed").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("report/so-lieu.csv"))).contains("HND,BA-TRI,2019,CT08,951").doesNotContain("DTN");
        assertThat(run("--force").path("status").asText()).isEqualTo("rebuilt");
    }

    /** The inbox's layout file is part of what the report is made from: changing it rebuilds the report by its word. */
    @Test
    void aChangedLayoutFileTriggersARebuild() throws Exception {
        write("bao-cao-2019.csv", "Đơn vị,CT08\nBa Tri,30\n");
        write("khlt-bo-cuc.yaml", "forms:\n  - files: \"bao-cao-*.csv\"\n    association: DTN\n");
        run();
        assertThat(Files.readString(out.resolve("report/so-lieu.csv"))).contains("DTN,BA-TRI,2019,CT08,30");
        assertThat(run().path("status").asText()).isEqualTo("unchanged");
        write("khlt-bo-cuc.yaml", "forms:\n  - files: \"bao-cao-*.csv\"\n    association: HCCB\n");
        JsonNode changed = run();
        assertThat(changed.path("status").asText()).isEqualTo("rebuilt");
        assertThat(changed.path("changed").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("report/so-lieu.csv"))).contains("HCCB,BA-TRI,2019,CT08,30").doesNotContain("DTN");
    }

    /** A good report is never replaced by a worse one: a return gone, or no figure at all, leaves it in place (exit 5). */
    @Test
    void aReportWithFewerReturnsDoesNotReplaceTheLastGoodOne() throws Exception {
        write("DTN_2019.csv", "Đơn vị,CT08\nBa Tri,30\n");
        run();
        Map<String, String> good = snapshot(out.resolve("report"));
        Files.delete(inbox.resolve("DTN_2019.csv"));
        Run fewer = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString());
        assertThat(fewer.exitCode()).isEqualTo(5);
        assertThat(fewer.err()).contains("không thay báo cáo năm 2019: thiếu 1 báo cáo đã có ở lần trước: DTN – Huyện Ba Tri (2019)")
                .contains("--allow-fewer");
        assertThat(snapshot(out.resolve("report"))).isEqualTo(good);
        Run json = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(5);
        JsonNode line = Json.read(json.out());
        assertThat(line.path("status").asText()).isEqualTo("refused");
        assertThat(line.path("missing")).extracting(JsonNode::asText).containsExactly("2019/DTN/BA-TRI");
        // an empty inbox (a wrong folder, a failed copy) never replaces it either
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run nothing = Run.of("run", "--inbox", empty.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(nothing.exitCode()).isEqualTo(5);
        assertThat(nothing.err()).contains("no figure counts");
        assertThat(snapshot(out.resolve("report"))).isEqualTo(good);
        // asked for, it is replaced; the good one is kept in the history of its year
        assertThat(run("--allow-fewer").path("status").asText()).isEqualTo("rebuilt");
        assertThat(Files.readString(out.resolve("report/so-lieu.csv"))).doesNotContain("DTN");
        try (Stream<Path> kept = Files.list(out.resolve(".khlt-state/history/2019"))) {
            Path previous = kept.findFirst().orElseThrow();
            assertThat(Files.readString(previous.resolve("so-lieu.csv"))).contains("DTN,BA-TRI,2019,CT08,30");
        }
    }

    /** The last few good reports of a year are kept, the oldest dropped. */
    @Test
    void theLastGoodReportsOfEachYearAreKept() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("HND_2019.csv", "Đơn vị,CT08\nBa Tri," + (950 + i) + "\n");
            assertThat(run().path("status").asText()).isEqualTo("rebuilt");
        }
        try (Stream<Path> kept = Files.list(out.resolve(".khlt-state/history/2019"))) {
            assertThat(kept.toList()).hasSize(3);
        }
    }

    /** The year is chosen by a rule a stray figure cannot flip, always said; a year outside the plan is refused. */
    @Test
    void aStrayFigureOfALaterYearDoesNotFlipTheReport() throws Exception {
        write("HND_2019.csv", "Đơn vị,CT08\nBa Tri,950\nChợ Lách,10\nBình Đại,20\nThạnh Phú,30\n");
        write("DTN_2020.csv", "Đơn vị,CT08\nBa Tri,1\n");
        assertThat(run().path("year").asInt()).isEqualTo(2019);
        Run text = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString());
        assertThat(text.out()).contains("báo cáo năm 2019");
        Run outside = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--year", "2025");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("2025");
    }

    /** A file changed in the last seconds may still be being copied: the run reads nothing and says what it waits for. */
    @Test
    void aFileStillBeingCopiedIsLeftForTheNextRun() throws Exception {
        run();
        Map<String, String> before = snapshot(out);
        Path copying = inbox.resolve("DTN_2019.csv");
        Files.writeString(copying, "Đơn vị,CT08\nBa Tri,3", StandardCharsets.UTF_8); // half of "30\n"
        Run waiting = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--format", "json");
        assertThat(waiting.exitCode()).isZero();
        JsonNode line = Json.read(waiting.out());
        assertThat(line.path("status").asText()).isEqualTo("waiting");
        assertThat(line.path("missing")).extracting(JsonNode::asText).containsExactly("DTN_2019.csv");
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--lang", "en").out())
                .contains("Waiting: 1 files changed in the last 10 seconds").contains("DTN_2019.csv");
        write("DTN_2019.csv", "Đơn vị,CT08\nBa Tri,30\n"); // the copy ended a minute ago
        assertThat(run().path("status").asText()).isEqualTo("rebuilt");
        assertThat(Files.readString(out.resolve("report/so-lieu.csv"))).contains("DTN,BA-TRI,2019,CT08,30");
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockExitsFour() throws Exception {
        Path state = Files.createDirectories(out.resolve(".khlt-state"));
        try (FileChannel channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            Run run = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--lang", "en");
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).startsWith("khlt: another run holds the lock");
            // the one JSON line comes on every end, a locked one too
            Run json = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "--format", "json");
            assertThat(json.exitCode()).isEqualTo(4);
            assertThat(Json.read(json.out()).path("status").asText()).isEqualTo("locked");
        }
        assertThat(out.resolve("report")).doesNotExist();
    }

    @Test
    void aLockLeftByARunThatDiedIsTakenOver() throws Exception {
        Path state = Files.createDirectories(out.resolve(".khlt-state"));
        Files.writeString(state.resolve("lock"), "4194303 2026-01-01T00:00:00Z\n");
        assertThat(run().path("status").asText()).isEqualTo("rebuilt");
    }

    /** A run killed after writing its new report and before putting it in place leaves the old one whole. */
    @Test
    void aRunKilledInTheMiddleLeavesThePreviousReportWhole() throws Exception {
        run();
        Map<String, String> before = snapshot(out.resolve("report"));
        write("HND_2019.csv", "Đơn vị,CT08\nBa Tri,999\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Dkhlt.run.pauseBeforeSwap=60000", "-cp",
                System.getProperty("java.class.path"), "vn.khlt.cli.Main", "run", "--inbox", inbox.toString(),
                "--out", out.toString(), "-q").redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!building() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(building()).as("the child run reached its pause").isTrue();
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(snapshot(out.resolve("report"))).isEqualTo(before);
        JsonNode next = run();
        assertThat(next.path("status").asText()).isEqualTo("rebuilt");
        assertThat(Files.readString(out.resolve("report/so-lieu.csv"))).contains("HND,BA-TRI,2019,CT08,999");
        try (Stream<Path> list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report", ".khlt-state");
        }
    }

    /** True once a new report has been written whole beside the old one. */
    private boolean building() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            List<Path> news = list.filter(p -> p.getFileName().toString().startsWith(".new-")).toList();
            return !news.isEmpty() && Files.exists(news.get(0).resolve("bao-cao-2019.html"));
        }
    }

    @Test
    void inputsAreNeverTouched() throws Exception {
        Map<String, String> before = snapshot(inbox);
        run();
        run("--force");
        assertThat(snapshot(inbox)).isEqualTo(before);
    }

    @Test
    void quietSaysNothingOnSuccessAndAMissingInboxCannotRun() throws IOException {
        Run quiet = Run.of("run", "--inbox", inbox.toString(), "--out", out.toString(), "-q");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
        Run missing = Run.of("run", "--inbox", dir.resolve("nowhere").toString(), "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        Run failed = Run.of("run", "--inbox", dir.resolve("nowhere").toString(), "--out", out.toString(), "--format", "json");
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(Json.read(failed.out()).path("status").asText()).isEqualTo("failed");
    }
}
