import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.khlt.check.ValidationOptions;
import vn.khlt.i18n.Lang;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.plan.Plan;
import vn.khlt.plan.PlanLoader;
import vn.khlt.read.ReadOptions;

/**
 * khlt's phases timed in one process, the same run several times over, to tell the JIT's warming
 * up from the work itself: binding and checking the plan, {@code validate}, and the report's tables
 * (without writing them). Not part of bench/run's table; run it by hand, under JFR to profile the
 * compiled code:
 *
 * <pre>
 *   javac --release 17 -cp cli/target/khlt.jar -d target/bench-classes bench/Phases.java
 *   java -XX:+UseSerialGC -Xmx256m -cp cli/target/khlt.jar:target/bench-classes Phases OUT 5
 * </pre>
 *
 * where OUT is bench/generate's folder (its plan.yaml and inbox/).
 */
public final class Phases {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path planFile = out.resolve("plan.yaml");
        List<Path> inbox = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("inbox"))) {
            files.sorted().forEach(inbox::add);
        }
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Plan plan = PlanLoader.load(planFile.toString(), Files.readString(planFile, StandardCharsets.UTF_8),
                    name -> Files.readString(planFile.resolveSibling(name), StandardCharsets.UTF_8));
            long planned = System.nanoTime();
            Pipeline pipeline = new Pipeline(plan);
            pipeline.validate(inbox, ReadOptions.none(), ValidationOptions.defaults());
            long validated = System.nanoTime();
            pipeline.report(inbox, ReadOptions.none(), Optional.empty(), Optional.empty(), Lang.VI);
            long reported = System.nanoTime();
            System.out.printf("run %d: plan %.2f s, validate %.2f s, report (validate and tables) %.2f s%n", run,
                    (planned - start) / 1e9, (validated - planned) / 1e9, (reported - validated) / 1e9);
        }
    }
}
