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

    @Option(names = "--year", paramLabel = "YEAR", description = "The report's year (default: the latest year with data).")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--force", description = "Rebuild even when no input changed.")
    boolean force;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default): one line; json: one JSON line summarising the run.")
    Format format = Format.text;

    @Override
    ExitCode run() {
        format.requireOneOf(Format.text, Format.json);
        UnattendedRun.Outcome outcome;
        try {
            outcome = new UnattendedRun(common.plan(), inbox, out, state, common.lang, Clock.systemUTC()).run(year, force);
        } catch (UnattendedRun.LockedException e) {
            throw CannotRunException.locked(Text.of("một lần chạy khác đang giữ khóa (tiến trình, thời điểm bắt đầu: %s); thử lại sau",
                    "another run holds the lock (process, started: %s); try again later").format(e.getMessage()));
        } catch (NoSuchFileException e) {
            throw CannotRunException.cannotRun(Text.of("Không tìm thấy thư mục %s", "No such folder: %s").format(e.getFile()));
        } catch (IOException e) {
            throw CannotRunException.cannotRun(Text.of("Không chạy được: %s", "Cannot run: %s").format(e.getMessage()));
        }
        if (format == Format.json) {
            out().println(outcome.json());
        } else if (!common.quiet) {
            out().println(outcome.rebuilt()
                    ? Text.of("Đã lập lại báo cáo năm %s vào %s: %d tệp (%d mới, %d đổi, %d bỏ), %d lỗi, %d cảnh báo, %d ms",
                            "Rebuilt the %s report into %s: %d files (%d new, %d changed, %d removed), %d errors, %d warnings, %d ms")
                            .format(outcome.year().map(String::valueOf).orElse("?"), out.resolve(UnattendedRun.REPORT),
                                    outcome.files(), outcome.added(), outcome.changed(), outcome.removed(),
                                    outcome.errors(), outcome.warnings(), outcome.millis()).in(common.lang)
                    : Text.of("Không có gì thay đổi (%d tệp); báo cáo giữ nguyên", "Nothing changed (%d files); the report stands")
                            .format(outcome.files()).in(common.lang));
        }
        out().flush();
        return ExitCode.of(outcome.errors() > 0);
    }
}
