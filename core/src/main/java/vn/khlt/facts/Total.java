package vn.khlt.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A consolidated figure: a count's sum, or a rate's summed numerator and denominator (never an
 * average of percentages), with how many facts went into it.
 */
public record Total(BigDecimal numerator, Optional<BigDecimal> denominator, int facts) {

    static final MathContext PRECISION = MathContext.DECIMAL64;

    public static Total count(BigDecimal value, int facts) {
        return new Total(value, Optional.empty(), facts);
    }

    public static Total rate(BigDecimal numerator, BigDecimal denominator, int facts) {
        return new Total(numerator, Optional.of(denominator), facts);
    }

    public boolean isRate() {
        return denominator.isPresent();
    }

    /** The figure held against a target: the count, or the rate in percent (empty over a zero denominator). */
    public Optional<BigDecimal> value() {
        if (denominator.isEmpty()) {
            return Optional.of(numerator);
        }
        if (denominator.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator.get(), PRECISION));
    }

    public Total plus(Total other) {
        return new Total(numerator.add(other.numerator),
                denominator.map(d -> d.add(other.denominator.orElse(BigDecimal.ZERO))), facts + other.facts);
    }
}
