package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.khlt.i18n.Text;
import vn.khlt.read.Submissions;

/** A folder that khlt writes whole (a report, the feedback letters) replaces what was there: only ever its own. */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Whether a folder may be replaced: absent, empty, or one khlt wrote (it holds the mark). */
    static boolean replaceable(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        if (Files.exists(folder.resolve(Submissions.REPORT_MARK))) {
            return true;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses a file where a folder goes (bad usage, exit 2), and a folder that holds other files
     * than {@code what} khlt wrote ("báo cáo", "a report"), exit 3.
     */
    static void check(Path folder, String option, Text what) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw CannotRunException.usage(Text.of("%s: %s là một tệp, không phải thư mục: chọn thư mục khác",
                    "%s: %s is a file, not a folder: choose another folder").format(option, folder));
        }
        if (!replaceable(folder)) {
            throw CannotRunException.cannotRun(Text.of(
                    option + ": thư mục " + folder + " đã có tệp khác, không phải " + what.vi() + " do khlt ghi; khlt thay"
                            + " cả thư mục nên không ghi vào đó. Chọn một thư mục mới hoặc thư mục khlt đã ghi lần trước",
                    option + ": the folder " + folder + " holds other files than " + what.en() + " khlt wrote; khlt"
                            + " replaces its whole folder, so it does not write there. Choose a new folder, or one khlt"
                            + " wrote before"));
        }
    }
}
