package vn.khlt.plan;

import java.util.List;
import java.util.Optional;

/** The outcome of loading a plan file: the plan when it is valid, and every problem found. */
public record PlanCheck(String file, Optional<Plan> plan, List<PlanProblem> problems) {

    public PlanCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
