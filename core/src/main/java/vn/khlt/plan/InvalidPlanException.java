package vn.khlt.plan;

import java.util.stream.Collectors;
import vn.khlt.i18n.Lang;

/** A plan file that cannot be used, with every problem found in it. */
public final class InvalidPlanException extends Exception {

    private final transient PlanCheck check;

    InvalidPlanException(PlanCheck check) {
        super(check.problems().stream().map(p -> p.describe(check.file(), Lang.EN))
                .collect(Collectors.joining("\n")));
        this.check = check;
    }

    public PlanCheck check() {
        return check;
    }
}
