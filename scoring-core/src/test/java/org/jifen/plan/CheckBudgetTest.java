package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A plan check is charged the checking JVM's CPU time, not the time it waited for a core (attack tryouts 7 and 8: a
 * loaded machine refused honest plans, a plan busy on two cores paid for one).
 */
class CheckBudgetTest {

    private final CheckBudget budget = CheckBudget.of(Duration.ofSeconds(60));

    @Test
    void anHonestCheckOnALoadedMachineGoesOnPastItsLimitInWallClockTime() {
        assertThat(budget.after(Duration.ofSeconds(8), Duration.ofSeconds(90))).isEqualTo(CheckBudget.Spent.WITHIN);
    }

    @Test
    void aCheckPastItsCpuIsThePlansFaultHoweverLittleItWaited() {
        assertThat(budget.after(Duration.ofSeconds(61), Duration.ofSeconds(31))).isEqualTo(CheckBudget.Spent.CPU);
    }

    @Test
    void aCheckThatWaitedThreeTimesItsLimitIsStoppedAsTheMachinesBusiness() {
        assertThat(budget.wall()).isEqualTo(Duration.ofSeconds(180));
        assertThat(budget.after(Duration.ofSeconds(20), Duration.ofSeconds(181))).isEqualTo(CheckBudget.Spent.WAITED);
        assertThat(CheckBudget.of(Duration.ofMillis(300)).wall()).as("at least 30 s").isEqualTo(Duration.ofSeconds(30));
    }
}
