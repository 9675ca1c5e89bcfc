package vn.khlt.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command: parse options, call one core entry point, render, end with an exit code. What
 * stops it (a {@link CannotRunException}) is told by {@link Khlt}'s handler, in the user's language.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The options every command takes, held by the root command ({@link Khlt}). */
    CommonOptions common;

    @Override
    public final Integer call() {
        common = ((Khlt) spec.root().userObject()).common;
        return run().code;
    }

    /** Does the command's work and says how it ended. */
    abstract ExitCode run();

    /** The command line as it was typed, for a report's provenance. */
    String commandLine() {
        return "khlt " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs());
    }

    /** khlt's version, as {@code --version} says it. */
    static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (java.io.IOException e) {
            return "khlt unknown";
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
