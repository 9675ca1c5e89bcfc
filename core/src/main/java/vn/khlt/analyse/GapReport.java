package vn.khlt.analyse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.check.Validator;
import vn.khlt.plan.Plan;
import vn.khlt.read.ReadOptions;

/**
 * What {@code khlt gap} answers: the inputs read and checked, then every target's standing
 * as of a year, from the figures that count.
 *
 * @param asOf the year judged: as asked, or the latest year with data (empty when there is none)
 */
public record GapReport(Validation validation, Optional<Integer> asOf, List<GapRow> rows, GapAnalysis analysis) {

    /** What to look at: a year, and optionally only one unit's figures. */
    public record Question(Optional<Integer> asOf, Optional<String> unit) {
    }

    public static GapReport run(Plan plan, List<Path> inputs, ReadOptions read, Question question) {
        Validation validation = Validator.validate(plan, inputs, read, ValidationOptions.defaults());
        Consolidation data = new Consolidation(plan, validation.facts(), question.unit(), Optional.empty());
        Optional<Integer> asOf = question.asOf().or(data::latestYear);
        GapAnalysis analysis = new GapAnalysis(data);
        List<GapRow> rows = asOf.map(analysis::asOf).orElse(List.of());
        return new GapReport(validation, asOf, rows, analysis);
    }
}
