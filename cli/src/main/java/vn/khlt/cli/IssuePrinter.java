package vn.khlt.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;

/** Issues met while reading, said on stderr one per line, and counted. */
final class IssuePrinter {

    private IssuePrinter() {
    }

    static void print(List<Issue> issues, Lang lang, boolean quiet, PrintWriter err) {
        for (Issue issue : issues) {
            if (!quiet || issue.severity() == Severity.ERROR) {
                err.println(issue.describe(lang));
            }
        }
        err.flush();
    }

    /** The errors alone: what a command that writes a document says even with -q. */
    static void printErrors(List<Issue> issues, Lang lang, PrintWriter err) {
        print(issues, lang, true, err);
    }

    static String summary(int files, long figures, List<Issue> issues, Lang lang) {
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        return Text.of(String.format("Đã đọc %d tệp: %d số liệu, %d lỗi, %d cảnh báo", files, figures, errors, warnings),
                "Read " + Numbers.counted(files, "file") + ": " + Numbers.counted(figures, "figure") + ", "
                        + Numbers.counted(errors, "error") + ", " + Numbers.counted(warnings, "warning")).in(lang);
    }
}
