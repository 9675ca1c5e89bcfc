package vn.khlt.pipeline;

import java.util.List;
import java.util.Optional;
import vn.khlt.analyse.GapRow;
import vn.khlt.analyse.Status;
import vn.khlt.analyse.UnitShortfall;
import vn.khlt.check.Validation;

/**
 * What {@code khlt gap} answers: the inputs read and checked, then the standing of the targets
 * asked about as of a year, from the figures that count.
 *
 * @param asOf the year judged: as asked, or the latest year with data (empty when there is none)
 * @param rows the targets asked about, in the plan's order or ranked as asked
 * @param shortfalls with {@link Ranking#UNIT}: the units short of each target behind, by their share
 */
public record GapReport(Validation validation, Optional<Integer> asOf, List<GapRow> rows,
        List<UnitShortfall> shortfalls) {

    /** How the answer is ranked. */
    public enum Ranking {
        /** Each target's associations, furthest behind first. */
        ASSOCIATION,
        /** The units short of each target that is behind, by their share of its shortfall. */
        UNIT
    }

    /**
     * What to look at: a year (by default the latest with data), one unit's figures only, and
     * which rows (an association's, some indicators', some statuses'; empty for all).
     */
    public record Question(Optional<Integer> asOf, Optional<String> unit, Optional<String> association,
            List<String> indicators, List<Status> statuses, Optional<Ranking> ranking) {

        public Question {
            indicators = List.copyOf(indicators);
            statuses = List.copyOf(statuses);
        }

        /** Every target, as of a year, for the whole plan. */
        public static Question asOf(Optional<Integer> year) {
            return new Question(year, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
        }

        boolean wants(GapRow row) {
            return association.map(row.scope()::equals).orElse(true)
                    && (indicators.isEmpty() || indicators.contains(row.indicator().code()))
                    && (statuses.isEmpty() || statuses.contains(row.status()));
        }
    }
}
