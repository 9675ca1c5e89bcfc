package vn.khlt.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plans that ship inside khlt. The first is the default. */
public final class Plans {

    /** Joint Plan No. 02/KHLT of Bến Tre, 2016–2020. */
    public static final String DEFAULT_ID = "bentre-02-khlt-2016";

    private static final Map<String, String> RESOURCES = Map.of(DEFAULT_ID, DEFAULT_ID + ".yaml");

    private Plans() {
    }

    /** The identifiers of the built-in plans. */
    public static List<String> ids() {
        return List.of(DEFAULT_ID);
    }

    /** The default plan, 02/KHLT: loaded once, by whichever thread asks first. */
    public static Plan defaultPlan() {
        if (Default.FAILURE != null) {
            throw Default.FAILURE; // a bug in khlt, reported as such wherever it is asked for
        }
        return Default.PLAN;
    }

    /** Holds the default plan, or why it did not load; the JVM runs this on first use, exactly once. */
    private static final class Default {
        static final Plan PLAN;
        static final RuntimeException FAILURE;

        static {
            Plan plan = null;
            RuntimeException failure = null;
            try {
                plan = builtIn(DEFAULT_ID).orElseThrow();
            } catch (RuntimeException e) {
                failure = e;
            }
            PLAN = plan;
            FAILURE = failure;
        }
    }

    /** A built-in plan by its identifier. A built-in plan that does not load is a bug in khlt. */
    public static Optional<Plan> builtIn(String id) {
        return builtInText(id).map(text -> {
            try {
                return PlanLoader.load(RESOURCES.get(id), text);
            } catch (InvalidPlanException e) {
                throw new IllegalStateException("built-in plan " + id + " is invalid:\n" + e.getMessage(), e);
            }
        });
    }

    /** The YAML text of a built-in plan, comments included. */
    public static Optional<String> builtInText(String id) {
        String resource = RESOURCES.get(id);
        if (resource == null) {
            return Optional.empty();
        }
        return Optional.of(resource(resource).orElseThrow(() -> new IllegalStateException("missing resource " + resource)));
    }

    /** The names of the built-in plans' YAML resources, next to this class. */
    static List<String> resources() {
        return List.copyOf(RESOURCES.values());
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = Plans.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
