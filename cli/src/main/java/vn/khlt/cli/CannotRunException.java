package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import vn.khlt.i18n.Text;

/** A run that cannot go on, with a message for the user and the exit code to end with. */
final class CannotRunException extends RuntimeException {

    private final transient Text text;
    private final ExitCode exitCode;

    CannotRunException(ExitCode exitCode, Text text) {
        super(text.en());
        this.text = text;
        this.exitCode = exitCode;
    }

    static CannotRunException usage(Text text) {
        return new CannotRunException(ExitCode.USAGE, text);
    }

    static CannotRunException cannotRun(Text text) {
        return new CannotRunException(ExitCode.CANNOT_RUN, text);
    }

    static CannotRunException locked(Text text) {
        return new CannotRunException(ExitCode.LOCKED, text);
    }

    /** Reading or writing {@code target} failed: what could not be done, and why, in words rather than a bare path. */
    static CannotRunException cannotDo(Text what, Object target, IOException e) {
        Text why = why(e);
        return cannotRun(Text.of(what.vi() + " " + target + ": " + why.vi(), what.en() + " " + target + ": " + why.en()));
    }

    /**
     * Why a file operation failed. The JDK names only the path for the common failures (no such
     * folder, no permission) and gives the system's English words for the others.
     */
    static Text why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Text.of("không có quyền", "permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return Text.of("thư mục chứa nó không có, hoặc không tạo được",
                    "its folder does not exist, or cannot be made");
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return Text.of("vướng tệp có sẵn " + exists.getFile(),
                    "an existing file is in the way: " + exists.getFile());
        }
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return switch (reason) {
            case "Not a directory" -> Text.of("một phần của đường dẫn là tệp, không phải thư mục",
                    "part of the path is a file, not a folder");
            case "Is a directory" -> Text.of("đó là một thư mục, không phải tệp", "it is a folder, not a file");
            case "Read-only file system" -> Text.of("ổ đĩa chỉ cho đọc", "the file system is read-only");
            case "No space left on device" -> Text.of("đĩa đã đầy", "no space left on the disk");
            case "File too large", "Disk quota exceeded" -> Text.of("tệp vượt giới hạn dung lượng được phép ghi",
                    "the file goes over the size the system allows to write");
            case "Operation not permitted", "Permission denied" -> Text.of("không có quyền", "permission denied");
            default -> Text.same(reason);
        };
    }

    Text text() {
        return text;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
