package vn.khlt.check;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How strict the checks are.
 *
 * @param jumpFactor a flow that grows or shrinks by more than this factor from one year to the
 *                   next is worth a warning
 * @param throughYear the last year whose submissions are expected; by default the latest year
 *                    of the data
 * @param listMissing list every expected figure that nobody sent, not only the counts
 */
public record ValidationOptions(BigDecimal jumpFactor, Optional<Integer> throughYear, boolean listMissing) {

    public static final BigDecimal DEFAULT_JUMP_FACTOR = BigDecimal.valueOf(3);

    public static ValidationOptions defaults() {
        return new ValidationOptions(DEFAULT_JUMP_FACTOR, Optional.empty(), false);
    }
}
