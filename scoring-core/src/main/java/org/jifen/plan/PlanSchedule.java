package org.jifen.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which plan version governs which month of a village (ADR 0055), from its activations in the order they were made:
 * each activation puts its version in force from its month on, over whatever was in force from then on before. So a
 * month is governed by the version of the latest activation whose month is at or before it, and by nothing when no
 * activation reaches back to it.
 */
public final class PlanSchedule {

    /**
     * The months one activation governs: from {@code from} (null: every month before too) up to and including
     * {@code until} (null: every month after).
     */
    public record Span(PlanActivation activation, @Nullable YearMonth from, @Nullable YearMonth until) {

        public long ruleSetId() {
            return activation.getRuleSetId();
        }

        public int version() {
            return activation.getVersion();
        }

        boolean covers(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (until == null || !month.isAfter(until));
        }
    }

    private final List<Span> spans;

    private PlanSchedule(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** The schedule the activations make, given in the order they were made. */
    public static PlanSchedule of(List<PlanActivation> activations) {
        List<PlanActivation> inForce = new ArrayList<>();
        for (PlanActivation activation : activations) {
            YearMonth from = activation.from().orElse(null);
            // Whatever was in force from this month on gives way; an earlier start keeps the months before.
            inForce.removeIf(earlier -> from == null
                    || earlier.from().map(month -> !month.isBefore(from)).orElse(false));
            inForce.add(activation);
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < inForce.size(); i++) {
            YearMonth until = i + 1 < inForce.size() ? inForce.get(i + 1).from().orElseThrow().minusMonths(1) : null;
            spans.add(new Span(inForce.get(i), inForce.get(i).from().orElse(null), until));
        }
        return new PlanSchedule(spans);
    }

    /** Every span, earliest months first. */
    public List<Span> spans() {
        return spans;
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The span that governs the month, if any version does. */
    public Optional<Span> governing(YearMonth month) {
        return spans.stream().filter(span -> span.covers(month)).findFirst();
    }

    /**
     * The months the version governs, adjacent spans of it joined: {@code [{from, until}]} as {@link Span}s whose
     * activation is the first of the joined ones.
     */
    public List<Span> monthsOf(long ruleSetId) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            if (span.ruleSetId() != ruleSetId) {
                continue;
            }
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.until() != null && span.from() != null
                    && last.until().plusMonths(1).equals(span.from())) {
                joined.set(joined.size() - 1, new Span(last.activation(), last.from(), span.until()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** Whether the version already governs every month from {@code from} on (null: every month at all). */
    public boolean governsFrom(long ruleSetId, @Nullable YearMonth from) {
        if (from == null ? spans.isEmpty() || spans.get(0).from() != null : governing(from).isEmpty()) {
            return false;
        }
        return spans.stream().filter(span -> from == null || span.until() == null || !span.until().isBefore(from))
                .allMatch(span -> span.ruleSetId() == ruleSetId);
    }

    /** The first span that starts after the month: a version scheduled to take over. */
    public Optional<Span> next(YearMonth month) {
        return spans.stream().filter(span -> span.from() != null && span.from().isAfter(month)).findFirst();
    }

    /** Where the version stands in the month {@code today} falls in. */
    public RuleSetStatus statusOf(long ruleSetId, YearMonth current) {
        if (governing(current).map(span -> span.ruleSetId() == ruleSetId).orElse(false)) {
            return RuleSetStatus.ACTIVE;
        }
        List<Span> own = spans.stream().filter(span -> span.ruleSetId() == ruleSetId).toList();
        if (own.stream().anyMatch(span -> span.from() != null && span.from().isAfter(current))) {
            return RuleSetStatus.SCHEDULED;
        }
        return own.isEmpty() ? RuleSetStatus.READY : RuleSetStatus.RETIRED;
    }
}
