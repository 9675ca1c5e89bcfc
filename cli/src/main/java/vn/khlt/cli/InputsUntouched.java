package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.khlt.i18n.Text;

/** Inputs are read-only to khlt: no output goes over an input, or inside a folder of inputs. */
final class InputsUntouched {

    private InputsUntouched() {
    }

    /**
     * Refuses (exit 3) a file or folder to write that is an input, or lies inside a folder of
     * inputs named on the command line, where the next reading would take it for a submission.
     * The current folder, read when no input is named, is where results go by default: a report
     * folder there is marked as khlt's and skipped when read.
     */
    static void check(Path target, List<Path> inputs, String option) {
        boolean inside = !inputs.equals(List.of(Path.of(".")));
        Path out = real(target);
        for (Path input : inputs) {
            Path in = real(input);
            if (out.equals(in) || inside && Files.isDirectory(in) && out.startsWith(in)) {
                throw CannotRunException.cannotRun(Text.of(
                        "%s %s là một tệp đầu vào hoặc nằm trong thư mục đầu vào %s: khlt không bao giờ ghi đè hay ghi vào"
                                + " số liệu đầu vào. Chọn nơi ghi khác (ngoài thư mục đầu vào).",
                        "%s %s is an input or lies inside the input folder %s: khlt never writes over or into its"
                                + " inputs. Choose another place to write, outside the input folder.")
                        .format(option, target, input));
            }
        }
    }

    /** A path as the file system resolves it, as far as it exists: links and {@code ..} followed. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
