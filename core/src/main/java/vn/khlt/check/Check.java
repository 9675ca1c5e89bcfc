package vn.khlt.check;

import vn.khlt.facts.FactTable;
import vn.khlt.plan.Indicator;
import vn.khlt.read.Figure;

/**
 * One check of the figures, in the style of Frictionless's checks: it sees each figure as it is
 * read ({@link #figure}), then the whole table of figures that count ({@link #end}), and says
 * what it finds to {@link Findings}, as a finding of the catalogue. The {@link Validator} runs
 * the checks in order; to add one, write a class beside these and add it to its list.
 */
interface Check {

    /** What a check makes of one figure. */
    enum Verdict {
        /** Nothing against it. */
        PASS,
        /** Kept as sent (it is received), but it does not count: its numbers are wrong. */
        NOT_COUNTED,
        /** Left out altogether, as if it had not been sent for this key. */
        LEFT_OUT
    }

    /** A figure as it is read, its indicator looked up; by default nothing against it. */
    default Verdict figure(Indicator indicator, Figure figure, Findings findings) {
        return Verdict.PASS;
    }

    /** Once every figure is read, the table of those kept; by default nothing more. */
    default void end(FactTable facts, Findings findings) {
    }
}
