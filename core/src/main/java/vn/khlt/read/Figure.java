package vn.khlt.read;

import java.math.BigDecimal;
import java.util.Optional;
import vn.khlt.finding.Location;

/**
 * One figure as submitted: whose, for which unit, year and indicator, and where it was read.
 * A count or yes/no has a value; a rate has a numerator and a denominator. An empty value is
 * <em>missing</em> (a blank cell), never zero.
 *
 * @param association the association's code; empty for the province's context figures
 * @param source      the cell of the value, or of the numerator for a rate
 * @param denominatorSource the cell of a rate's denominator
 */
public record Figure(Optional<String> association, String unit, int year, String indicator,
        Optional<BigDecimal> value, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
        Location source, Optional<Location> denominatorSource) {

    /** True when no number was given at all. */
    public boolean missing() {
        return value.isEmpty() && numerator.isEmpty() && denominator.isEmpty();
    }

    /** Whose figure this is: the association's code, or {@code province}. */
    public String owner() {
        return association.orElse("province");
    }
}
