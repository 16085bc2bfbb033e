package org.jifen.engine;

import java.util.List;

/** A plan that does not compile or breaks the rule contract; nothing of it may be stored as usable. */
public class PlanRejected extends RuntimeException {

    private final List<PlanProblem> problems;

    public PlanRejected(List<PlanProblem> problems) {
        super(problems.size() + " problem(s) in the plan, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public PlanRejected(PlanProblem problem) {
        this(List.of(problem));
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
