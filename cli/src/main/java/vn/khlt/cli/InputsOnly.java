package vn.khlt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The inputs alone, for commands whose --year and --association ask a question rather than describe the files. */
final class InputsOnly {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.xlsx, .xls, .csv) or folders, read recursively. Default: the current folder.")
    List<Path> inputs = new ArrayList<>();

    List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of(".")) : inputs;
    }
}
