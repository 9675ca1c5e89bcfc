package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Text;
import vn.khlt.io.AtomicFiles;
import vn.khlt.io.WholeFolder;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.plan.Plan;
import vn.khlt.render.DocxReview;
import vn.khlt.render.ReportFiles;
import vn.khlt.report.FeedbackWriter;
import vn.khlt.report.ReviewSettings;
import vn.khlt.report.Sentences;

/** {@code khlt feedback}: a letter back to each office about its year's return, in a folder per association. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = "Write a letter (DOCX) to each office, association by unit, about its year's return: what was "
                + "received (files, size, time, checksum), what to correct and how, its figures beside the median of the "
                + "association's units and the target a unit is held to, and what is still missing; an office whose "
                + "return never came is told so. One folder per association, ready to send back.",
        footer = {"", "Examples:",
            "  khlt feedback --year 2019 samples/bentre           into ./khlt-phan-hoi-2019/HND/phan-hoi-HND-BA-TRI-2019.docx ...",
            "  khlt feedback --year 2019 --out phan-hoi/ inbox/"})
final class FeedbackCommand extends BaseCommand {

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year of the returns.")
    int year;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the letters (default: ./khlt-phan-hoi-YEAR/).")
    Optional<Path> out = Optional.empty();

    @Mixin
    DocumentOptions document;

    @Mixin
    InputsOnly input;

    @Override
    ExitCode run() {
        Plan plan = common.plan();
        PlanNames.year(plan, year, "--year");
        Path folder = out.orElse(Path.of("khlt-phan-hoi-" + year));
        InputsUntouched.check(folder, input.inputs(), "--out");
        OutputFolder.check(folder, "--out", Text.of("thư", "letters"));
        LocalDate day = document.day();
        ReviewSettings layout = document.layout();
        Sentences words = document.sentences(common.lang);
        Pipeline.Feedback feedback = new Pipeline(plan).feedback(input.inputs(), input.read(plan, common.lang), year, common.lang, layout,
                words, day);
        List<Path> written;
        try {
            written = WholeFolder.write(folder, building -> {
                List<Path> files = new ArrayList<>();
                ReportFiles.mark(building);
                for (FeedbackWriter.Letter letter : feedback.letters()) {
                    Path file = building.resolve(letter.association()).resolve(letter.file());
                    AtomicFiles.write(file, DocxReview.write(letter.review(), common.lang));
                    files.add(file);
                }
                return files;
            });
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không ghi được thư vào", "Cannot write the letters into"), folder, e);
        }
        IssuePrinter.printErrors(feedback.validation().issues(), common.lang, err());
        if (!common.quiet) {
            err().println(Text.of("Đã ghi %d thư vào %s", "Wrote %d letters into %s").format(written.size(), folder)
                    .in(common.lang));
            written.forEach(out()::println);
        }
        out().flush();
        err().flush();
        return ExitCode.of(feedback.validation().hasErrors());
    }
}
