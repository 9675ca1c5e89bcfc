package vn.khlt.cli;

import java.util.Arrays;
import vn.khlt.plan.Plans;

/**
 * Work a command will need, started on another core while the command line is being parsed:
 * loading the built-in plan (YAML, name indexes). It changes nothing a command sees; the
 * command gets the same plan, sooner. A short run on the samples spends a fifth of its time
 * there.
 */
final class Warmup {

    private Warmup() {
    }

    static void start(String[] args) {
        boolean ownPlan = Arrays.stream(args).anyMatch(a -> a.equals("--plan") || a.startsWith("--plan="));
        if (ownPlan || args.length == 0
                || Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Plans.defaultPlan();
            } catch (Exception | LinkageError e) {
                // nothing is lost: the command does the same work itself, and reports any failure
            }
        }, "khlt-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
