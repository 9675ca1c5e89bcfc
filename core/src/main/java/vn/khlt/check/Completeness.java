package vn.khlt.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Who sent what, for one association (or the province) and year: how many figures the plan
 * expects (indicator × unit), how many arrived with a number, and how many of those count.
 */
public record Completeness(String owner, int year, int expected, int received, int valid) {

    public BigDecimal percent() {
        return expected == 0 ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(received * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_EVEN);
    }
}
