package vn.khlt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Text;
import vn.khlt.io.AtomicFiles;

/** Where a command's result goes: stdout, or a file written whole or not at all. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Write the result to FILE instead of stdout ('-', the default, is stdout).")
    String output = "-";

    /** Refuses an output file that is an input, or inside a folder of inputs (exit 3: {@link InputsUntouched}). */
    void outside(java.util.List<Path> inputs) {
        if (!output.equals("-")) {
            InputsUntouched.check(Path.of(output), inputs, "-o");
        }
    }

    void emit(String content, PrintWriter stdout) {
        if (output.equals("-")) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        Path file = Path.of(output);
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không ghi được tệp", "Cannot write"), file, e);
        }
    }
}
