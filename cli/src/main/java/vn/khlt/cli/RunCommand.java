package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Text;
import vn.khlt.run.UnattendedRun;

/** {@code khlt run}: the unattended job for cron and systemd timers. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Unattended: validate the inbox and rewrite the report, only when an input is new, changed "
                + "or gone. Reports are replaced whole; a second run while one is going exits 4. "
                + "See docs/operations.md.",
        footer = {"", "Examples:",
            "  khlt run --inbox /srv/khlt/inbox --out /srv/khlt/out",
            "  khlt run --inbox inbox/ --out out/ -q                 silent unless something is wrong",
            "  khlt run --inbox inbox/ --out out/ --format json      one JSON line for log collectors",
            "  khlt run --inbox inbox/ --out out/ --force            rebuild even when nothing changed"})
final class RunCommand extends BaseCommand {

    @Option(names = "--inbox", paramLabel = "DIR", required = true, description = "Where submissions arrive (only read).")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the report goes: DIR/report/.")
    Path out;

    @Option(names = "--state", paramLabel = "DIR", description = "Manifest and lock (default: OUT/.khlt-state).")
    Optional<Path> state = Optional.empty();

    @Option(names = "--year", paramLabel = "YEAR", description = "The report's year (default: the latest year with at least "
            + "half as many returns as the best-covered year; a stray figure of a later year cannot change it).")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--force", description = "Rebuild even when no input changed.")
    boolean force;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "10", description = "Wait while a file of the inbox "
            + "changed less than this many seconds ago (it may still be being copied): the run reads nothing and the next "
            + "one reads it whole (default 10).")
    int settle = 10;

    @Option(names = "--allow-fewer", description = "Replace the report even when the new one rests on fewer returns than "
            + "the last good report of its year, or on no figure (without it: exit 5, nothing replaced).")
    boolean allowFewer;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default): one line; json: one JSON line summarising the run.")
    Format format = Format.text;

    @Override
    ExitCode run() {
        format.requireOneOf(Format.text, Format.json);
        year.ifPresent(y -> PlanNames.year(common.plan(), y, "--year"));
        long start = System.nanoTime();
        UnattendedRun.Outcome outcome;
        try {
            outcome = new UnattendedRun(common.plan(), inbox, out, state, common.lang, Clock.systemUTC())
                    .settle(java.time.Duration.ofSeconds(Math.max(0, settle))).made(version(), commandLine())
                    .run(year, force, allowFewer);
        } catch (UnattendedRun.LockedException e) {
            throw stopped("locked", start, CannotRunException.locked(Text.of(
                    "một lần chạy khác đang giữ khóa (tiến trình, thời điểm bắt đầu: %s); thử lại sau",
                    "another run holds the lock (process, started: %s); try again later").format(e.getMessage())));
        } catch (NoSuchFileException e) {
            throw stopped("failed", start, CannotRunException.cannotRun(
                    Text.of("Không tìm thấy thư mục %s", "No such folder: %s").format(e.getFile())));
        } catch (IOException e) {
            Text why = CannotRunException.why(e);
            throw stopped("failed", start, CannotRunException.cannotRun(Text.of("Không chạy được: " + why.vi()
                    + "; báo cáo cũ giữ nguyên", "Cannot run: " + why.en() + "; the old report stands")));
        }
        if (format == Format.json) {
            out().println(outcome.json());
        } else if (outcome.refused()) {
            err().println(refusal(outcome).in(common.lang));
        } else if (outcome.status().equals("waiting")) {
            if (!common.quiet) {
                out().println(Text.of("Chờ: %d tệp vừa thay đổi trong %d giây qua (có thể đang được chép: %s); chưa đọc gì,"
                        + " lần chạy sau sẽ đọc", "Waiting: %d files changed in the last %d seconds (they may still be being"
                        + " copied: %s); nothing read, the next run reads them")
                        .format(outcome.missing().size(), settle, String.join(", ", outcome.missing())).in(common.lang));
            }
        } else if (!common.quiet) {
            out().println(outcome.rebuilt()
                    ? Text.of("Đã lập lại báo cáo năm %s vào %s: %d tệp (%d mới, %d đổi, %d bỏ), %d lỗi, %d cảnh báo, %d ms",
                            "Rebuilt the %s report into %s: %d files (%d new, %d changed, %d removed), %d errors, %d warnings, %d ms")
                            .format(outcome.year().map(String::valueOf).orElse("?"), out.resolve(UnattendedRun.REPORT),
                                    outcome.files(), outcome.added(), outcome.changed(), outcome.removed(),
                                    outcome.errors(), outcome.warnings(), outcome.millis()).in(common.lang)
                    : Text.of("Không có gì thay đổi (%d tệp); báo cáo năm %s giữ nguyên",
                            "Nothing changed (%d files); the %s report stands")
                            .format(outcome.files(), outcome.year().map(String::valueOf).orElse("?")).in(common.lang));
        }
        out().flush();
        err().flush();
        if (outcome.refused()) {
            return ExitCode.REFUSED;
        }
        return ExitCode.of(outcome.errors() > 0);
    }

    /** Why a new report did not replace the last good one, and what to do. */
    private Text refusal(UnattendedRun.Outcome outcome) {
        String year = outcome.year().map(String::valueOf).orElse("?");
        if (outcome.missing().isEmpty()) {
            return Text.of("khlt: không thay báo cáo năm %s: không có số liệu nào được tính (hộp thư trống hoặc sai thư mục?)."
                    + " Báo cáo cũ giữ nguyên. Kiểm tra --inbox; nếu đúng là muốn thay, thêm --allow-fewer",
                    "khlt: the %s report was not replaced: no figure counts (an empty or wrong inbox?). The old report stands."
                            + " Check --inbox; to replace it all the same, add --allow-fewer").format(year);
        }
        String who = outcome.missing().stream().map(this::name).collect(java.util.stream.Collectors.joining(", "));
        return Text.of("khlt: không thay báo cáo năm %s: thiếu %d báo cáo đã có ở lần trước: %s. Báo cáo cũ giữ nguyên."
                + " Đưa các tệp đó trở lại hộp thư; nếu đúng là muốn bỏ, thêm --allow-fewer",
                "khlt: the %s report was not replaced: %d returns of the last good report are missing: %s. The old report"
                        + " stands. Put those files back into the inbox; to drop them all the same, add --allow-fewer")
                .format(year, outcome.missing().size(), who);
    }

    /** "2019/HND/BA-TRI" as a reader names it: "HND – Huyện Ba Tri (2019)". */
    private String name(String key) {
        String[] parts = key.split("/", 3);
        String unitName = common.plan().unit(parts[2]).map(u -> u.name().in(common.lang)).orElse(parts[2]);
        return (parts[1].equals("province") ? unitName : parts[1] + " – " + unitName) + " (" + parts[0] + ")";
    }

    /** With --format json, the one summary line is written for a run that stopped too. */
    private CannotRunException stopped(String status, long start, CannotRunException cause) {
        if (format == Format.json) {
            out().println(UnattendedRun.Outcome.stopped(status, cause.text().in(common.lang),
                    (System.nanoTime() - start) / 1_000_000).json());
            out().flush();
        }
        return cause;
    }
}
