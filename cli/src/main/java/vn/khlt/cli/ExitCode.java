package vn.khlt.cli;

/**
 * The exit codes of DESIGN.md, which scripts and cron jobs rely on. {@link Khlt}'s
 * {@code exitCodeList} describes them for --help and must change with them.
 */
final class ExitCode {

    /** Done, and the data is clean (warnings allowed). */
    static final int OK = 0;
    /** Done, but the data has errors. */
    static final int DATA_ERRORS = 1;
    /** Bad usage: an unknown option, a missing argument, an unknown indicator. */
    static final int USAGE = 2;
    /** Could not run: an unreadable or invalid plan, an input or output that cannot be opened. */
    static final int CANNOT_RUN = 3;
    /** Another run holds the lock. */
    static final int LOCKED = 4;
    /** An internal fault: a bug in khlt. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
