package vn.khlt.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command: parse options, call one core entry point, render, return an exit code. A
 * {@link CannotRunException} becomes a one-line message in the user's language.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (CannotRunException e) {
            err().println("khlt: " + e.text().in(common.lang));
            err().flush();
            return e.exitCode();
        }
    }

    /** Does the command's work and returns its exit code. */
    abstract int run();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
