package vn.khlt.analyse;

import java.math.BigDecimal;

/**
 * One unit's part of a target's shortfall, for "which districts hold us back?".
 *
 * @param expected what the unit would need by now: the per-unit figure; for a rate, the target
 *                 share of the unit's own denominator; for a count, an even share of what the
 *                 scope needs by now
 * @param share    the unit's shortfall as a percentage of the scope's
 */
public record UnitShortfall(GapRow row, String owner, String unit, BigDecimal actual, BigDecimal expected,
        BigDecimal shortfall, BigDecimal share) {
}
