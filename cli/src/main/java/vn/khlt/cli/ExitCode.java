package vn.khlt.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * The exit codes that scripts and cron jobs rely on, and the one place that turns an outcome
 * into one: a command's end ({@link #of}) or what stopped it ({@link #MAPPER}). {@link Khlt}'s
 * {@code exitCodeList} describes them for --help and must change with them.
 */
enum ExitCode {
    /** Done, and the data is clean (warnings allowed). */
    OK(0),
    /** Done, but the data has errors (for {@code plan check}: the plan file has problems). */
    DATA_ERRORS(1),
    /** Bad usage: an unknown option, a missing argument, an unknown indicator. */
    USAGE(2),
    /** Could not run: an unreadable or invalid plan, an input or output that cannot be opened, no memory. */
    CANNOT_RUN(3),
    /** Another run holds the lock. */
    LOCKED(4),
    /** A good report was not replaced by a worse one: no figure counts (for {@code run}, fewer returns too); nothing replaced. */
    REFUSED(5),
    /** An internal fault: a bug in khlt. */
    INTERNAL(70);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The end of a command that ran: whether the data it read (or the plan it checked) has errors. */
    static ExitCode of(boolean dataErrors) {
        return dataErrors ? DATA_ERRORS : OK;
    }

    /** What stopped a command: picocli asks this for every exception (IExitCodeExceptionMapper). */
    static final IExitCodeExceptionMapper MAPPER = ExitCode::of;

    static int of(Throwable stopped) {
        if (stopped instanceof CannotRunException cannot) {
            return cannot.exitCode().code;
        }
        if (stopped instanceof ParameterException) {
            return USAGE.code;
        }
        if (stopped instanceof OutOfMemoryError) {
            return CANNOT_RUN.code;
        }
        return INTERNAL.code;
    }
}
