package vn.khlt.plan;

import vn.khlt.finding.Finding;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/**
 * Something wrong in a plan file, or in the units file it names, at a line of it.
 *
 * @param finding what is wrong, from the catalogue (its code is stable)
 * @param line the 1-based line of the plan file (or of the units file)
 * @param column the 1-based column, as Jackson's parser gives it; 0 when not known (a units file's record)
 * @param file the units file the problem is in; empty for the plan file itself
 */
public record PlanProblem(Finding finding, int line, int column, Text message, String file) {

    /** The finding's stable code, {@code plan-unknown-field}. */
    public String code() {
        return finding.code();
    }

    /** {@code plan.yaml:12:5: [plan-unknown-target-kind] ...}, as compilers print. */
    public String describe(String planFile, Lang lang) {
        String where = file.isEmpty() ? planFile : java.nio.file.Path.of(planFile).resolveSibling(file).toString();
        return where + ":" + line + (column > 0 ? ":" + column : "") + ": [" + code() + "] " + message.in(lang);
    }
}
