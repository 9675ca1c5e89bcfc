package vn.khlt.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import vn.khlt.plan.InvalidPlanException;
import vn.khlt.plan.Plan;
import vn.khlt.plan.PlanLoader;
import vn.khlt.plan.Plans;
import vn.khlt.read.Submissions;
import vn.khlt.work.Aside;

/**
 * Work a command will need, started on another core while the command line is being parsed:
 * loading the plan (the built-in one, or the file named by {@code --plan}: YAML, units, name
 * indexes), and, when the inputs may hold workbooks, setting up what opening one needs. It
 * changes nothing a command sees; the command gets the same plan, or the same failure, sooner.
 * A short run on the samples spends a fifth of its time there, a national one most of a second.
 */
final class Warmup {

    /** The plan file being loaded ahead, and its outcome; null when none is. */
    private static volatile PlanAhead ahead;

    private record PlanAhead(Path file, FutureTask<Plan> load) {
    }

    private Warmup() {
    }

    static void start(String[] args) {
        if (args.length == 0 || Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version"))) {
            return;
        }
        Optional<Path> planFile = planFileIn(args);
        boolean ownPlan = Arrays.stream(args).anyMatch(a -> a.equals("--plan") || a.startsWith("--plan="));
        if (ownPlan && planFile.isEmpty()) {
            return;
        }
        Runnable work;
        if (planFile.isPresent()) {
            FutureTask<Plan> load = new FutureTask<>(() -> load(planFile.get()));
            ahead = new PlanAhead(planFile.get(), load);
            work = load;
        } else {
            work = () -> {
                try {
                    Plans.defaultPlan();
                } catch (Exception | LinkageError e) {
                    // nothing is lost: the command does the same work itself, and reports any failure
                }
            };
        }
        // nobody joins it: what it fails at, the command does itself and reports
        Aside.start("khlt-warmup", () -> {
            work.run();
            if (Arrays.stream(args).anyMatch(Warmup::holdsWorkbooks)) {
                Submissions.warmUpWorkbooks();
            }
            return null;
        });
    }

    /**
     * A file named as a workbook, or a folder with one somewhere below: reading will likely open
     * an XLSX package. A folder of CSV files, as a national run reads, needs none of that set-up,
     * which would only take a core from the readers.
     */
    static boolean holdsWorkbooks(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        if (isWorkbookName(arg)) {
            return true;
        }
        try {
            Path path = Path.of(arg);
            if (!Files.isDirectory(path)) {
                return false;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.anyMatch(p -> isWorkbookName(p.getFileName().toString()));
            }
        } catch (InvalidPathException | IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static boolean isWorkbookName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    }

    /** The plan of a file, as loaded ahead when it was, or loaded now: the plan, or the exception loading it gives. */
    static Plan planFile(Path file) throws InvalidPlanException {
        PlanAhead started = ahead;
        ahead = null; // used once: a later command in the same JVM reads the file again
        if (started == null || !started.file().equals(file)) {
            return load(file);
        }
        started.load().run(); // does nothing once it has started
        try {
            return started.load().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return load(file);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidPlanException invalid) {
                throw invalid;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Plan load(Path file) throws InvalidPlanException {
        return PlanLoader.load(file.toString(), PlanFiles.read(file), PlanFiles.includes(file));
    }

    /** The file of {@code --plan FILE} or {@code --plan=FILE}, when the arguments name exactly one. */
    private static Optional<Path> planFileIn(String[] args) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--plan") && i + 1 < args.length) {
                named.add(args[i + 1]);
            } else if (args[i].startsWith("--plan=")) {
                named.add(args[i].substring("--plan=".length()));
            }
        }
        try {
            return named.size() == 1 ? Optional.of(Path.of(named.get(0))) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
