package org.jifen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One re-scoring a village, and a township budget of entries shared by the villages' re-scorings (ADR 0217): a
 * village looping acts holds its own slot and what it counted, never the others' share. An activation or its dry run
 * goes before the village's simulations (ADR 0225).
 */
class RescoringSlotsTest {

    private static final long VILLAGE_A = 1;
    private static final long VILLAGE_B = 2;
    private static final long VILLAGE_C = 3;

    private final RescoringSlots slots = new RescoringSlots(150_000, Duration.ofSeconds(5));

    @Test
    void aSecondReScoringOfTheSameVillageIsRefusedAtOnceEvenWhenItHoldsNoEntries() {
        act(slots -> slots.simulating(VILLAGE_A, 0));

        assertThatThrownBy(() -> act(slots -> slots.simulating(VILLAGE_A, 0))).isInstanceOf(RescoringBusy.class)
                .hasMessageContaining("本村正在按方案重新计分");
    }

    @Test
    void aVillageAtTheBoundLeavesAnotherVillageHalfABoundAndTheThirdIsRefused() {
        act(slots -> slots.activating(VILLAGE_A, 100_000));

        act(slots -> slots.activating(VILLAGE_B, 0).growTo(50_000));

        assertThat(slots.inUse()).isEqualTo(150_000);
        assertThatThrownBy(() -> act(slots -> slots.activating(VILLAGE_C, 1))).isInstanceOf(RescoringBusy.class)
                .hasMessageContaining("其他村正在按新方案重新计分");
        assertThat(slots.inUse()).as("the refused one holds nothing").isEqualTo(150_000);
    }

    @Test
    void anActAloneRunsWhateverItCounted() {
        RescoringSlots small = new RescoringSlots(10, Duration.ofSeconds(5));
        act(small, slots -> slots.activating(VILLAGE_A, 0).growTo(100_000));

        assertThat(small.inUse()).isEqualTo(100_000);
    }

    @Test
    void aGrowthThatDoesNotFitIsRefusedAndTheActKeepsWhatItHad() {
        act(slots -> slots.activating(VILLAGE_A, 100_000));
        RescoringSlots.Held[] b = new RescoringSlots.Held[1];
        Runnable endB = act(slots -> b[0] = slots.activating(VILLAGE_B, 40_000));

        assertThatThrownBy(() -> b[0].growTo(60_000)).isInstanceOf(RescoringBusy.class);

        assertThat(b[0].entries()).isEqualTo(40_000);
        endB.run();
        assertThat(slots.inUse()).isEqualTo(100_000);
    }

    @Test
    void theEndOfTheTransactionLetsGoOfTheSlotAndTheEntries() {
        Runnable end = act(slots -> slots.activating(VILLAGE_A, 100_000).growTo(120_000));

        end.run();

        assertThat(slots.inUse()).isZero();
        act(slots -> slots.activating(VILLAGE_A, 150_000));
        assertThat(slots.inUse()).isEqualTo(150_000);
    }

    @Test
    void anActivationWaitsForTheVillagesRunningSimulationAndNoNewSimulationStartsMeanwhile() throws Exception {
        Runnable simulationEnds = act(slots -> slots.simulating(VILLAGE_A, 0));
        CountDownLatch activated = new CountDownLatch(1);
        CompletableFuture<Void> activation = CompletableFuture.runAsync(() -> act(slots -> {
            slots.activating(VILLAGE_A, 100);
            activated.countDown();
        }));
        waitUntilAnActivationWaits();

        assertThatThrownBy(() -> act(slots -> slots.simulating(VILLAGE_A, 0))).isInstanceOf(RescoringBusy.class)
                .hasMessageContaining("本村正在按方案重新计分");
        assertThat(activated.getCount()).as("still waiting for the simulation").isOne();
        act(slots -> slots.simulating(VILLAGE_B, 0));

        simulationEnds.run();

        assertThat(activated.await(5, TimeUnit.SECONDS)).isTrue();
        activation.get(5, TimeUnit.SECONDS);
        assertThat(slots.inUse()).isEqualTo(100);
    }

    @Test
    void anActivationThatWaitedItsTimeForASimulationIsRefusedAndLetsSimulationsStartAgain() {
        RescoringSlots briefly = new RescoringSlots(150_000, Duration.ofMillis(200));
        act(briefly, slots -> slots.simulating(VILLAGE_A, 0));

        assertThatThrownBy(() -> act(briefly, slots -> slots.activating(VILLAGE_A, 0)))
                .isInstanceOf(RescoringBusy.class).hasMessageContaining("本村正在按方案重新计分");

        assertThat(briefly.inUse()).isZero();
        RescoringSlots.Held[] held = new RescoringSlots.Held[1];
        assertThatThrownBy(() -> act(briefly, slots -> held[0] = slots.simulating(VILLAGE_A, 0)))
                .as("the first simulation still runs").isInstanceOf(RescoringBusy.class);
        act(briefly, slots -> slots.simulating(VILLAGE_B, 0));
    }

    @Test
    void withoutATransactionNothingIsHeld() {
        assertThatThrownBy(() -> slots.activating(VILLAGE_A, 10)).isInstanceOf(IllegalStateException.class);

        assertThat(slots.inUse()).isZero();
        act(slots -> slots.simulating(VILLAGE_A, 0));
    }

    private void waitUntilAnActivationWaits() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (slots.activationWaits(VILLAGE_A)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the activation never waited");
    }

    private Runnable act(Consumer<RescoringSlots> holding) {
        return act(slots, holding);
    }

    /** Runs {@code holding} as in a transaction of its own; what is returned ends that transaction. */
    private static Runnable act(RescoringSlots slots, Consumer<RescoringSlots> holding) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            holding.accept(slots);
            List<TransactionSynchronization> ends = TransactionSynchronizationManager.getSynchronizations();
            return () -> ends.forEach(end -> end.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
