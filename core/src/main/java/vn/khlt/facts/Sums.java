package vn.khlt.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Facts summed per indicator and owner, over groups of units and by year: exact (longs while
 * they fit, then BigDecimal), with how many facts went into each sum.
 */
public final class Sums {

    private final int groups;
    private final int years;
    /** By indicator, then owner: looked up twice rather than by a joined key made on every call. */
    private final Map<String, Map<String, Part>> parts = new LinkedHashMap<>();

    Sums(int groups, int years) {
        this.groups = groups;
        this.years = years;
    }

    Part part(String indicator, String owner, boolean rate) {
        return parts.computeIfAbsent(indicator, k -> new LinkedHashMap<>())
                .computeIfAbsent(owner, k -> new Part(groups * years, rate));
    }

    /** The sum for an indicator, owner, group and year (0-based from the period's start); empty when no fact went in. */
    public Optional<Sum> get(String indicator, String owner, int group, int year) {
        Map<String, Part> byOwner = parts.get(indicator);
        Part part = byOwner == null ? null : byOwner.get(owner);
        if (part == null) {
            return Optional.empty();
        }
        int cell = group * years + year;
        if (part.count[cell] == 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> b = part.b == null ? Optional.empty() : Optional.of(Part.total(part.b, part.bigB, cell));
        return Optional.of(new Sum(Part.total(part.a, part.bigA, cell), b, part.count[cell]));
    }

    /** A sum: a count's total, or a rate's numerators and denominators; and how many facts. */
    public record Sum(BigDecimal a, Optional<BigDecimal> b, int facts) {
    }

    /** One indicator and owner's sums. */
    static final class Part {
        final long[] a;
        final long[] b;
        final BigDecimal[] bigA;
        final BigDecimal[] bigB;
        final int[] count;

        Part(int cells, boolean rate) {
            a = new long[cells];
            b = rate ? new long[cells] : null;
            bigA = new BigDecimal[cells];
            bigB = rate ? new BigDecimal[cells] : null;
            count = new int[cells];
        }

        void add(int cell, long x, long y) {
            count[cell]++;
            add(a, bigA, cell, x);
            if (b != null) {
                add(b, bigB, cell, y);
            }
        }

        /** Adds to a long sum; on overflow the long is carried into the BigDecimal beside it. */
        private static void add(long[] sums, BigDecimal[] carried, int cell, long x) {
            long sum = sums[cell] + x;
            if (((sums[cell] ^ sum) & (x ^ sum)) < 0) {
                carried[cell] = plus(carried[cell], BigDecimal.valueOf(sums[cell]).add(BigDecimal.valueOf(x)));
                sum = 0;
            }
            sums[cell] = sum;
        }

        /** A sum whole: its long part and what was carried. */
        static BigDecimal total(long[] sums, BigDecimal[] carried, int cell) {
            BigDecimal sum = BigDecimal.valueOf(sums[cell]);
            return carried[cell] == null ? sum : carried[cell].add(sum);
        }

        void add(int cell, BigDecimal x, BigDecimal y) {
            count[cell]++;
            if (x != null) {
                bigA[cell] = plus(bigA[cell], x);
            }
            if (b != null && y != null) {
                bigB[cell] = plus(bigB[cell], y);
            }
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal x) {
            return sum == null ? x : sum.add(x);
        }
    }
}
