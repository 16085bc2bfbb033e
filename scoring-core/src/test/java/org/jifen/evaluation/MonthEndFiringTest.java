package org.jifen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MonthEndFiringTest {

    private final MonthEndFiring firing = new MonthEndFiring();

    @AfterEach
    void stop() {
        firing.stop();
    }

    @Test
    void householdsFiredOnEveryCoreAreAnsweredInTheirOrder() {
        List<Integer> households = IntStream.range(0, 1_000).boxed().toList();

        assertThat(firing.fire(households, household -> household * 2))
                .isEqualTo(households.stream().map(household -> household * 2).toList());
    }

    @Test
    void aPlanFaultIsTheFirstFailingHouseholdsInTheirOrder() {
        List<Integer> households = IntStream.range(0, 1_000).boxed().toList();

        assertThatThrownBy(() -> firing.fire(households, household -> {
            if (household == 70 || household == 900) {
                throw new IllegalStateException("household " + household);
            }
            return household;
        })).isInstanceOf(IllegalStateException.class).hasMessage("household 70");
    }

    @Test
    void noHouseholdsFireNothing() {
        assertThat(firing.fire(List.<Integer>of(), household -> household)).isEmpty();
    }
}
