package vn.khlt.plan;

import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/**
 * Something wrong in a plan file, or in the units file it names, at a line of it.
 *
 * @param code a stable kebab-case code, as listed in docs/plan-format.md
 * @param line the 1-based line of the plan file (or of the units file)
 * @param file the units file the problem is in; empty for the plan file itself
 */
public record PlanProblem(String code, int line, Text message, String file) {

    public PlanProblem(String code, int line, Text message) {
        this(code, line, message, "");
    }

    /** {@code plan.yaml:12: [plan-unknown-target-kind] ...}, as compilers print. */
    public String describe(String planFile, Lang lang) {
        String where = file.isEmpty() ? planFile : java.nio.file.Path.of(planFile).resolveSibling(file).toString();
        return where + ":" + line + ": [" + code + "] " + message.in(lang);
    }
}
