package vn.khlt.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.khlt.i18n.Text;

/** A plan file's text, or a message saying why it cannot be read (exit 3). */
final class PlanFiles {

    private PlanFiles() {
    }

    /** The files a plan names (its units file), read from the plan file's folder. */
    static vn.khlt.plan.PlanLoader.Includes includes(Path planFile) {
        return name -> Files.readString(planFile.resolveSibling(name), StandardCharsets.UTF_8);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CannotRunException.cannotRun(Text.of("Không tìm thấy tệp kế hoạch %s", "Plan file %s not found").format(file));
        } catch (MalformedInputException e) {
            throw CannotRunException.cannotRun(Text.of("Tệp kế hoạch %s không phải văn bản UTF-8",
                    "Plan file %s is not UTF-8 text").format(file));
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không đọc được tệp kế hoạch", "Cannot read plan file"), file, e);
        }
    }
}
