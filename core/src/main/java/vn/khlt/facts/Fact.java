package vn.khlt.facts;

import vn.khlt.finding.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A figure that passed every check and counts: a value, or a rate's numerator and denominator,
 * with the cells it was read from.
 */
public record Fact(FactKey key, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
        Optional<BigDecimal> denominator, List<Location> sources) {

    public Fact {
        sources = List.copyOf(sources);
    }

    public boolean isRate() {
        return numerator.isPresent();
    }

    /** The figure as one number: the value, or the rate's numerator. */
    public BigDecimal amount() {
        return value.orElseGet(numerator::orElseThrow);
    }

    /** A rate as a percentage, when its denominator is not zero. */
    public Optional<BigDecimal> percent() {
        return isRate() ? percent(numerator.orElseThrow(), denominator.orElseThrow()) : Optional.empty();
    }

    /** A numerator over a denominator as a percentage, when the denominator is not zero. */
    public static Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 10, java.math.RoundingMode.HALF_EVEN));
    }
}
