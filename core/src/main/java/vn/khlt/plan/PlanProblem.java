package vn.khlt.plan;

import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/**
 * Something wrong in a plan file, at a line of it.
 *
 * @param code a stable kebab-case code, as listed in docs/plan-format.md
 * @param line the 1-based line of the plan file
 */
public record PlanProblem(String code, int line, Text message) {

    /** {@code plan.yaml:12: [plan-unknown-target-kind] ...}, as compilers print. */
    public String describe(String file, Lang lang) {
        return file + ":" + line + ": [" + code + "] " + message.in(lang);
    }
}
