package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which version governs which month, from a village's activations in the order they were made (ADR 0055). */
class PlanScheduleTest {

    private static final YearMonth JULY = YearMonth.of(2024, 7);
    private static final YearMonth AUGUST = YearMonth.of(2024, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2024, 10);

    private final List<PlanActivation> made = new ArrayList<>();

    @Test
    void aFirstVersionWithoutAMonthGovernsEveryMonthEarlierOnesIncluded() {
        activate(1, null);

        PlanSchedule schedule = PlanSchedule.of(made);

        assertThat(version(schedule, YearMonth.of(2019, 1))).isEqualTo(1);
        assertThat(version(schedule, YearMonth.of(2031, 12))).isEqualTo(1);
        assertThat(schedule.statusOf(1, SEPTEMBER)).isEqualTo(RuleSetStatus.ACTIVE);
        assertThat(schedule.governsFrom(1, null)).isTrue();
        assertThat(schedule.governsFrom(1, OCTOBER)).isTrue();
    }

    @Test
    void aLaterVersionTakesOverFromItsMonthAndTheEarlierKeepsTheMonthsBefore() {
        activate(1, null);
        activate(2, OCTOBER);

        PlanSchedule schedule = PlanSchedule.of(made);

        assertThat(version(schedule, SEPTEMBER)).isEqualTo(1);
        assertThat(version(schedule, OCTOBER)).isEqualTo(2);
        assertThat(schedule.statusOf(1, SEPTEMBER)).isEqualTo(RuleSetStatus.ACTIVE);
        assertThat(schedule.statusOf(2, SEPTEMBER)).isEqualTo(RuleSetStatus.SCHEDULED);
        assertThat(schedule.statusOf(1, OCTOBER)).isEqualTo(RuleSetStatus.RETIRED);
        assertThat(schedule.statusOf(3, OCTOBER)).isEqualTo(RuleSetStatus.READY);
        assertThat(schedule.next(SEPTEMBER).map(PlanSchedule.Span::version)).contains(2);
        assertThat(schedule.monthsOf(1)).singleElement().satisfies(span -> {
            assertThat(span.from()).isNull();
            assertThat(span.until()).isEqualTo(SEPTEMBER);
        });
        assertThat(schedule.monthsOf(2)).singleElement().satisfies(span -> {
            assertThat(span.from()).isEqualTo(OCTOBER);
            assertThat(span.until()).isNull();
        });
    }

    @Test
    void anActivationFromAnEarlierMonthReplacesEverythingScheduledFromThenOn() {
        activate(1, null);
        activate(2, OCTOBER);
        activate(3, AUGUST);

        PlanSchedule schedule = PlanSchedule.of(made);

        assertThat(version(schedule, JULY)).isEqualTo(1);
        assertThat(version(schedule, AUGUST)).isEqualTo(3);
        assertThat(version(schedule, OCTOBER)).as("version 2 never takes over").isEqualTo(3);
        assertThat(schedule.monthsOf(2)).isEmpty();
        assertThat(schedule.statusOf(2, SEPTEMBER)).isEqualTo(RuleSetStatus.READY);
    }

    @Test
    void anOlderVersionActivatedAgainGovernsAgainFromItsMonthAndItsMonthsAreListedApart() {
        activate(1, null);
        activate(2, AUGUST);
        activate(1, OCTOBER);

        PlanSchedule schedule = PlanSchedule.of(made);

        assertThat(List.of(version(schedule, JULY), version(schedule, SEPTEMBER), version(schedule, OCTOBER)))
                .containsExactly(1, 2, 1);
        assertThat(schedule.monthsOf(1)).extracting(PlanSchedule.Span::from, PlanSchedule.Span::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, JULY),
                        org.assertj.core.groups.Tuple.tuple(OCTOBER, null));
        assertThat(schedule.governsFrom(1, OCTOBER)).isTrue();
        assertThat(schedule.governsFrom(1, SEPTEMBER)).isFalse();
    }

    @Test
    void adjacentMonthsOfOneVersionAreListedAsOneRun() {
        activate(1, null);
        activate(2, SEPTEMBER);
        activate(1, SEPTEMBER);

        PlanSchedule schedule = PlanSchedule.of(made);

        assertThat(schedule.monthsOf(1)).singleElement().satisfies(span -> {
            assertThat(span.from()).isNull();
            assertThat(span.until()).isNull();
        });
        assertThat(schedule.governsFrom(1, null)).isTrue();
    }

    @Test
    void aFirstVersionFromAMonthLeavesTheMonthsBeforeWithoutAPlan() {
        activate(1, SEPTEMBER);

        PlanSchedule schedule = PlanSchedule.of(made);

        assertThat(schedule.governing(AUGUST)).isEmpty();
        assertThat(version(schedule, SEPTEMBER)).isEqualTo(1);
        assertThat(schedule.governsFrom(1, AUGUST)).as("August has no plan yet").isFalse();
        assertThat(schedule.governsFrom(1, null)).isFalse();
        assertThat(PlanSchedule.of(List.of()).governsFrom(1, null)).isFalse();
    }

    private void activate(int version, @Nullable YearMonth from) {
        made.add(new PlanActivation(1, version, version, from, "admin", Instant.EPOCH));
    }

    private static int version(PlanSchedule schedule, YearMonth month) {
        return schedule.governing(month).orElseThrow().version();
    }
}
