package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.report.ReviewSettings;
import vn.khlt.report.Sentences;

/** What the documents khlt writes (the review, the letters) take: their date, layout and sentences. */
final class DocumentOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The document's date (default: today).")
    Optional<String> date = Optional.empty();

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The layout: issuing bodies, number, heading, place, signers, recipients (default: the one in khlt;"
                    + " khlt review --print-settings prints it).")
    Optional<Path> settings = Optional.empty();

    @Option(names = "--sentences", paramLabel = "FILE",
            description = "A file of the sentences reworded (the keys of docs/review.md), over khlt's own.")
    Optional<Path> sentences = Optional.empty();

    LocalDate day() {
        try {
            return date.map(LocalDate::parse).orElseGet(LocalDate::now);
        } catch (DateTimeParseException e) {
            throw CannotRunException.usage(Text.of("--date: '%s' không phải ngày dạng NĂM-THÁNG-NGÀY (2019-12-20)",
                    "--date: '%s' is not a date as YEAR-MONTH-DAY (2019-12-20)").format(date.orElse("")));
        }
    }

    ReviewSettings layout() {
        try {
            return settings.isPresent() ? ReviewSettings.load(settings.get()) : ReviewSettings.defaults();
        } catch (IOException e) {
            throw unusable(settings.get(), e);
        }
    }

    Sentences sentences(Lang lang) {
        try {
            return sentences.isPresent() ? Sentences.of(lang).with(sentences.get()) : Sentences.of(lang);
        } catch (IOException e) {
            throw unusable(sentences.get(), e);
        }
    }

    /** A settings or sentences file that cannot be used: missing, unreadable, or not of the form (and where). */
    private static CannotRunException unusable(Path file, IOException e) {
        Text why = e instanceof java.nio.file.NoSuchFileException ? Text.of("không có tệp này", "there is no such file")
                : e instanceof ReviewSettings.InvalidSettingsException invalid ? invalid.reason()
                : CannotRunException.why(e);
        return CannotRunException.cannotRun(Text.of("Không dùng được tệp " + file + ": " + why.vi(),
                "Cannot use " + file + ": " + why.en()));
    }
}
