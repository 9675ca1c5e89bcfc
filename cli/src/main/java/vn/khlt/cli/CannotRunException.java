package vn.khlt.cli;

import vn.khlt.i18n.Text;

/** A run that cannot go on, with a message for the user and the exit code to end with. */
final class CannotRunException extends RuntimeException {

    private final transient Text text;
    private final int exitCode;

    CannotRunException(int exitCode, Text text) {
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

    Text text() {
        return text;
    }

    int exitCode() {
        return exitCode;
    }
}
