package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Text;
import vn.khlt.io.WholeFolder;
import vn.khlt.plan.Plan;
import vn.khlt.plan.UnitLevel;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.read.Submissions;
import vn.khlt.render.ReportFiles;
import vn.khlt.report.AnnualReport;
import vn.khlt.report.Provenance;

/** {@code khlt report}: the consolidated annual progress report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the consolidated annual progress report: summary, gap, by district, trend, completeness, "
                + "issues, sources, and the figures in long layout (readable by khlt as the level above's input).",
        footer = {"", "Examples:",
            "  khlt report --year 2019 samples/bentre                 all formats into ./khlt-report-2019/",
            "  khlt report --year 2019 --format xlsx --out bao-cao/ inbox/",
            "  khlt report --year 2019 --format csv,html --lang en inbox/",
            "  khlt report --year 2020 --plan ke-hoach.yaml --detail commune inbox/"})
final class ReportCommand extends BaseCommand {

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year reported on.")
    int year;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the report (default: ./khlt-report-YEAR/).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "xlsx,csv,json,md,html", split = ",",
            description = "Formats to write (default: all five).")
    List<AnnualReport.Format> formats = List.of(AnnualReport.Format.values());

    @Option(names = "--detail", paramLabel = "LEVEL",
            description = "The deepest level of units that tables by unit list: province, district or commune "
                    + "(default: the deepest level with at most 100 units). A listed unit stands for those under it.")
    Optional<UnitLevel> detail = Optional.empty();

    @Mixin
    InputsOnly input;

    @Override
    ExitCode run() {
        Plan plan = common.plan();
        PlanNames.year(plan, year, "--year");
        Set<AnnualReport.Format> chosen = EnumSet.copyOf(formats);
        Path folder = out.orElse(Path.of("khlt-report-" + year));
        // the folder is replaced whole: never one that holds anything but a report of khlt's
        OutputFolder.check(folder, "--out", Text.of("báo cáo", "a report"));
        InputsUntouched.check(folder, input.inputs(), "--out");
        AnnualReport made = new Pipeline(plan).report(input.inputs(), input.read(plan, common.lang), Optional.of(year), detail, common.lang);
        AnnualReport report = made.with(Provenance.of(made.validation().files(), plan, version(), commandLine(),
                Instant.now()));
        boolean nothing = report.validation().facts().size() == 0;
        if (nothing && Files.exists(folder.resolve(Submissions.REPORT_MARK))) {
            // a good report is never replaced by an empty one (a wrong or empty folder of submissions)
            IssuePrinter.printErrors(report.validation().issues(), common.lang, err());
            err().println(Text.of("khlt: không thay báo cáo trong %s: không có số liệu nào được tính (thư mục số liệu trống hoặc"
                    + " sai?). Báo cáo cũ giữ nguyên; kiểm tra thư mục cần đọc, hoặc ghi vào thư mục khác",
                    "khlt: the report in %s was not replaced: no figure counts (an empty or wrong folder of submissions?)."
                            + " The old report stands; check the folder to read, or write elsewhere").format(folder).in(common.lang));
            err().flush();
            return ExitCode.REFUSED;
        }
        List<Path> written;
        try {
            written = WholeFolder.write(folder, building -> ReportFiles.write(report, building, chosen));
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không ghi được báo cáo vào", "Cannot write the report into"), folder, e);
        }
        // errors are said even with -q (it leaves out everything but results and errors)
        IssuePrinter.printErrors(report.validation().issues(), common.lang, err());
        if (nothing) {
            // a wrong folder, or one the submissions have not reached yet: the report is empty, and says so
            String read = input.inputs().stream().map(Path::toString).collect(Collectors.joining(", "));
            Text where = read.equals(".") ? Text.of("thư mục hiện tại", "the current folder") : Text.same(read);
            err().println((report.validation().files().isEmpty()
                    ? Text.of("khlt: không có tệp số liệu nào trong %s: báo cáo chưa có số liệu "
                            + "(nêu thư mục hoặc tệp cần đọc, ví dụ khlt report --year %d hop-thu/)",
                    "khlt: no submission file in %s: the report holds no figures "
                            + "(name the folder or files to read, such as khlt report --year %d inbox/)")
                    : Text.of("khlt: không có số liệu nào được tính trong %s: báo cáo chưa có số liệu (xem các lỗi ở trên, hoặc"
                            + " khlt validate)", "khlt: no figure counts in %s: the report holds no figures (see the errors"
                            + " above, or khlt validate)"))
                    .format(where.in(common.lang), year).in(common.lang));
            err().flush();
        }
        if (!common.quiet) {
            err().println(Text.of("Đã ghi %d tệp vào %s", "Wrote %d files into %s").format(written.size(), folder).in(common.lang));
            for (Path file : written) {
                out().println(file);
            }
            out().flush();
            err().flush();
        }
        return ExitCode.of(report.validation().hasErrors());
    }
}
