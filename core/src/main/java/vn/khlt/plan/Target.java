package vn.khlt.plan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an indicator must reach, for whom and by when. Values of rates are percentages.
 * The kinds are closed: each has its own rule for "achieved" and "expected by now".
 */
public sealed interface Target {

    Scope scope();

    /** True when the target is held against each reporting unit separately (CT16). */
    boolean perUnit();

    /** The last year the target speaks of. */
    int deadline();

    /** The word used in plan files. */
    String kind();

    /**
     * The figure the target asks for by its deadline: a level's value, a range's minimum, a
     * cumulative total, an every-year figure, the last milestone.
     */
    BigDecimal goal();

    /** How a level is compared with its target. */
    enum Comparison {
        AT_LEAST("at-least", "≥"),
        AT_MOST("at-most", "≤"),
        ABOVE("above", ">"),
        BELOW("below", "<");

        private final String kind;
        private final String symbol;

        Comparison(String kind, String symbol) {
            this.kind = kind;
            this.symbol = symbol;
        }

        public String kind() {
            return kind;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(BigDecimal actual, BigDecimal target) {
            int c = actual.compareTo(target);
            return switch (this) {
                case AT_LEAST -> c >= 0;
                case AT_MOST -> c <= 0;
                case ABOVE -> c > 0;
                case BELOW -> c < 0;
            };
        }

        public static Optional<Comparison> parse(String kind) {
            return Arrays.stream(values()).filter(c -> c.kind.equals(kind)).findFirst();
        }
    }

    /**
     * How a level target is expected to be approached: held from the start ({@code flat}), or
     * along a straight line from the level of the period's first year ({@code linear}).
     */
    enum Path {
        FLAT("flat"),
        LINEAR("linear");

        private final String key;

        Path(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Path> parse(String key) {
            return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
        }
    }

    /** A level to meet in the deadline year: CT01–CT05, CT10, CT12, CT13, CT17. */
    record Level(Comparison comparison, BigDecimal value, int deadline, Path path, Scope scope,
            boolean perUnit) implements Target {
        @Override
        public String kind() {
            return comparison.kind();
        }

        @Override
        public BigDecimal goal() {
            return value;
        }
    }

    /** Flows summed from {@code from} to the deadline must reach the value: CT06, CT08, CT18, CT19. */
    record Cumulative(BigDecimal value, int from, int deadline, Scope scope, boolean perUnit)
            implements Target {
        @Override
        public String kind() {
            return "cumulative-at-least";
        }

        @Override
        public BigDecimal goal() {
            return value;
        }
    }

    /** Each year's flow from {@code from} to the deadline must reach the value: CT09, CT14–CT16. */
    record EveryYear(BigDecimal value, int from, int deadline, Scope scope, boolean perUnit)
            implements Target {
        @Override
        public String kind() {
            return "every-year-at-least";
        }

        @Override
        public BigDecimal goal() {
            return value;
        }
    }

    /** At least the minimum by the deadline; at or above the stretch is "exceeded": CT07. */
    record Range(BigDecimal minimum, BigDecimal stretch, int deadline, Path path, Scope scope,
            boolean perUnit) implements Target {
        @Override
        public String kind() {
            return "range";
        }

        @Override
        public BigDecimal goal() {
            return minimum;
        }
    }

    /** A figure to meet each year, year by year: CT11. */
    record Milestones(SortedMap<Integer, BigDecimal> byYear, Scope scope, boolean perUnit)
            implements Target {
        public Milestones {
            byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
        }

        @Override
        public int deadline() {
            return byYear.lastKey();
        }

        @Override
        public String kind() {
            return "milestones";
        }

        @Override
        public BigDecimal goal() {
            return byYear.get(deadline());
        }
    }

    /** Every kind a plan file may name, for messages. */
    static String kinds() {
        return "at-least, at-most, above, below, cumulative-at-least, every-year-at-least, range, milestones";
    }
}
