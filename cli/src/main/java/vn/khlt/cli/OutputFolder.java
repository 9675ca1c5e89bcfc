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

    /** Refuses (exit 3) a folder that holds anything but what khlt wrote. */
    static void check(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw CannotRunException.usage(Text.of("%s: %s là một tệp, không phải thư mục: chọn thư mục khác",
                    "%s: %s is a file, not a folder: choose another folder").format(option, folder));
        }
        if (!replaceable(folder)) {
            throw CannotRunException.cannotRun(Text.of("%s: thư mục %s đã có tệp khác, không phải do khlt ghi; khlt thay cả"
                    + " thư mục nên không ghi vào đó. Chọn một thư mục mới hoặc thư mục khlt đã ghi lần trước",
                    "%s: the folder %s holds other files than khlt wrote; khlt replaces its whole folder, so it does not"
                            + " write there. Choose a new folder, or one khlt wrote before").format(option, folder));
        }
    }
}
