package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan that does not compile or breaks the rule contract; nothing of it may be stored as usable. Where the check
 * stopped before its later stages, {@link #laterChecks()} says so (ADR 0173): fixing these problems may show more.
 */
public class PlanRejected extends RuntimeException {

    private final List<PlanProblem> problems;
    private final @Nullable String laterChecks;
    private final List<PlanProblem> warnings;

    /** The problems; a {@link PlanProblem#isNote() note} among them is taken out as {@link #laterChecks()}. */
    public PlanRejected(List<PlanProblem> problems) {
        this(problems, List.of());
    }

    /** As {@link #PlanRejected(List)}, with what the checks that ran would only have warned of (ADR 0177). */
    public PlanRejected(List<PlanProblem> problems, List<PlanProblem> warnings) {
        this(problems.stream().filter(problem -> !problem.isNote()).toList(), problems.stream()
                .filter(PlanProblem::isNote).map(PlanProblem::message).findFirst().orElse(null), warnings);
    }

    public PlanRejected(PlanProblem problem) {
        this(List.of(problem));
    }

    public PlanRejected(List<PlanProblem> problems, @Nullable String laterChecks) {
        this(problems, laterChecks, List.of());
    }

    public PlanRejected(List<PlanProblem> problems, @Nullable String laterChecks, List<PlanProblem> warnings) {
        super(problems.size() + " problem(s) in the plan, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
        this.laterChecks = laterChecks;
        this.warnings = List.copyOf(warnings);
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    /**
     * What the checks that ran found worth a look but would have accepted (ADR 0177): answered with the refusal, so
     * that the clerk sees every finding of the upload at once, not the warnings only once the refusals are fixed.
     */
    public List<PlanProblem> warnings() {
        return warnings;
    }

    /** That the check stopped before its later stages, in a clerk's words; null where it ran them all. */
    public @Nullable String laterChecks() {
        return laterChecks;
    }

    /** The problems with the note of later checks last, as the separate check process sends them back. */
    public List<PlanProblem> problemsAndNote() {
        List<PlanProblem> all = new ArrayList<>(problems);
        if (laterChecks != null) {
            all.add(new PlanProblem("", 0, null, laterChecks));
        }
        return all;
    }
}
