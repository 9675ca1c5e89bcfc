package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Text;
import vn.khlt.io.AtomicFiles;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.plan.Plan;
import vn.khlt.render.DocxReview;
import vn.khlt.report.ReviewSettings;
import vn.khlt.report.Sentences;

/** {@code khlt review}: the year's review as a Word document, ready to sign. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Write the year's review of the joint plan as a Word document (DOCX, A4, Times New Roman): "
                + "I. results, a sentence per target; II. shortcomings, the targets behind and who did not report; "
                + "III. directions, the pace each target behind needs; an appendix per association; the signatures.",
        footer = {"", "Examples:",
            "  khlt review --year 2019 samples/bentre                  writes bao-cao-tong-ket-2019.docx",
            "  khlt review --year 2019 --from 2016 inbox/              the mid-term review, 2016-2019",
            "  khlt review --year 2019 --settings van-ban.yaml inbox/  with the secretariat's header and signers",
            "  khlt review --print-settings > van-ban.yaml             the default layout, to edit"})
final class ReviewCommand extends BaseCommand {

    @Option(names = "--year", paramLabel = "YEAR", description = "The year reviewed.")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--from", paramLabel = "YEAR", description = "A mid-term review (sơ kết) over the years from YEAR on.")
    Optional<Integer> from = Optional.empty();

    @Mixin
    DocumentOptions document;

    @Option(names = "--print-settings", description = "Print the default layout file and exit.")
    boolean printSettings;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it (default: bao-cao-tong-ket-YEAR.docx, or bao-cao-so-ket-FROM-YEAR.docx).")
    Optional<Path> output = Optional.empty();

    @Option(names = "--force", description = "Replace a file of the same name (without it, an existing document is never "
            + "touched: it may have been edited in Word).")
    boolean force;

    @Mixin
    InputsOnly input;

    @Override
    ExitCode run() {
        if (printSettings) {
            out().print(ReviewSettings.defaultText());
            out().flush();
            return ExitCode.OK;
        }
        Plan plan = common.plan();
        int reviewed = year.orElseThrow(() -> CannotRunException.usage(Text.of(
                "thiếu --year: năm cần tổng kết, ví dụ khlt review --year 2019 hop-thu/",
                "missing --year: the year to review, such as khlt review --year 2019 inbox/")));
        PlanNames.year(plan, reviewed, "--year");
        from.ifPresent(f -> {
            PlanNames.year(plan, f, "--from");
            if (f > reviewed) {
                throw CannotRunException.usage(Text.of("--from %d sau --year %d", "--from %d is after --year %d").format(f, reviewed));
            }
        });
        LocalDate day = document.day();
        Path target = output.orElse(Path.of(from.map(f -> "bao-cao-so-ket-" + f + "-" + reviewed)
                .orElse("bao-cao-tong-ket-" + reviewed) + ".docx"));
        InputsUntouched.check(target, input.inputs(), "-o");
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw CannotRunException.cannotRun(Text.of(
                    "đã có tệp %s, khlt không ghi đè (có thể đã được sửa bằng Word). Chọn tên khác bằng -o, hoặc thêm --force",
                    "%s already exists and khlt does not replace it (it may have been edited in Word). Choose another"
                            + " name with -o, or add --force").format(target));
        }
        ReviewSettings layout = document.layout();
        Sentences words = document.sentences(common.lang);
        Pipeline.Reviewed reviewedYear = new Pipeline(plan).review(input.inputs(), input.read(plan, common.lang), reviewed, from, common.lang,
                layout, words, day);
        try {
            AtomicFiles.write(target, DocxReview.write(reviewedYear.review(), common.lang));
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không ghi được tệp", "Cannot write"), target, e);
        }
        IssuePrinter.printErrors(reviewedYear.validation().issues(), common.lang, err());
        if (!common.quiet) {
            out().println(target);
        }
        out().flush();
        err().flush();
        return ExitCode.of(reviewedYear.validation().hasErrors());
    }
}
