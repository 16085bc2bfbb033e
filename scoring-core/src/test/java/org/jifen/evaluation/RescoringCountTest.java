package org.jifen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A re-scoring counts the months' entries, what it takes back and what it adds, and stops once past the bound. */
class RescoringCountTest {

    @Test
    void theThreePartsAddUpToTheTotalWithinTheBound() {
        RescoringCount count = RescoringCount.of(39_000, 100_000);

        count.count(30_000, 30_000);

        assertThat(count.total()).isEqualTo(99_000);
        assertThat(count.reversed()).isEqualTo(30_000);
        assertThat(count.added()).isEqualTo(30_000);
    }

    @Test
    void countingStopsAtThePartThatPassesTheBoundKeepingWhatWasCounted() {
        RescoringCount count = RescoringCount.of(39_000, 100_000);
        count.count(30_000, 30_000);

        assertThatThrownBy(() -> count.count(1_000, 1_000)).isInstanceOf(EntryBudget.Exceeded.class);

        assertThat(count.existing()).isEqualTo(39_000);
        assertThat(count.reversed()).isEqualTo(31_000);
        assertThat(count.added()).isEqualTo(31_000);
        assertThat(count.total()).isEqualTo(101_000);
    }

    @Test
    void exactlyTheBoundIsAllowed() {
        RescoringCount count = RescoringCount.of(0, 100);

        count.count(0, 100);

        assertThat(count.total()).isEqualTo(100);
    }
}
