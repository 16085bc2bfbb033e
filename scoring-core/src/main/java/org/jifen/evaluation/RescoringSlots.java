package org.jifen.evaluation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jifen.plan.PlanSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is re-scoring in this node (ADR 0217): an activation or its dry run re-scoring months, or a simulation firing a
 * month with another version. A village has one slot: a second re-scoring of it while one runs is answered 503 at
 * once. The township shares a budget of entries ({@code jifen.plans.rescoring-township-at-most}): each act holds the
 * entries it counts (what it reads, writes or keeps, ADR 0194), and one that would take the node's re-scorings past
 * the budget is answered 503 rather than queued. One act alone is always let through, since its own bound
 * ({@code jifen.plans.rescore-at-most}) already holds it. Everything is let go of when the caller's transaction ends.
 * A village looping refused acts therefore holds one slot and what it counted, never the township: with the
 * budget at 1.5 times one act's bound, a village at the bound leaves the rest of the township half a bound.
 *
 * <p>An activation or its dry run (the village admin's act) goes before simulations, which any staff may run (ADR
 * 0225): one that finds its village's slot held waits for it, up to {@code jifen.plans.rescoring-wait}, and while it
 * waits no simulation of that village starts. A staff account looping simulations therefore delays its admin's
 * activation by what one simulation takes, never refuses it.
 */
@Component
public class RescoringSlots {

    private final long townshipAtMost;
    private final Duration activationWait;
    /** Per village re-scoring now, the entries it holds. */
    private final Map<Long, Long> held = new HashMap<>();
    /** Per village, the activations waiting for its slot: no simulation of it starts meanwhile. */
    private final Map<Long, Integer> activationsWaiting = new HashMap<>();
    private long inUse;

    @Autowired
    RescoringSlots(PlanSettings settings) {
        this(settings.rescoringTownshipAtMost(), settings.rescoringWait());
    }

    RescoringSlots(long townshipAtMost, Duration activationWait) {
        this.townshipAtMost = townshipAtMost;
        this.activationWait = activationWait;
    }

    /** What one act holds: its village's slot and a share of the township's entries. */
    public final class Held {

        private final long village;

        private Held(long village) {
            this.village = village;
        }

        /** Widens what the act holds to {@code entries}, or refuses with {@link RescoringBusy}, holding what it had. */
        public void growTo(long entries) {
            grow(village, entries);
        }

        /** The entries the act holds now. */
        public long entries() {
            synchronized (RescoringSlots.this) {
                return held.getOrDefault(village, 0L);
            }
        }
    }

    /**
     * For an activation or its dry run: takes the village's slot, waiting for a running simulation to end (no new one
     * starts meanwhile), and {@code entries} of the township's for the rest of the caller's transaction; or refuses
     * with {@link RescoringBusy} holding nothing.
     */
    public Held activating(long village, long entries) {
        synchronized (this) {
            activationsWaiting.merge(village, 1, Integer::sum);
            try {
                long deadline = System.nanoTime() + activationWait.toNanos();
                while (held.containsKey(village)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw RescoringBusy.inTheVillage();
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw RescoringBusy.inTheVillage();
            } finally {
                activationsWaiting.computeIfPresent(village, (id, waiting) -> waiting == 1 ? null : waiting - 1);
            }
            take(village, entries);
        }
        return releasedWithTheTransaction(village);
    }

    /**
     * For a simulation: takes the village's slot and {@code entries} of the township's for the rest of the caller's
     * transaction, or refuses with {@link RescoringBusy} at once, holding nothing, where the village re-scores or an
     * activation of it waits.
     */
    public Held simulating(long village, long entries) {
        synchronized (this) {
            if (activationsWaiting.containsKey(village)) {
                throw RescoringBusy.inTheVillage();
            }
            take(village, entries);
        }
        return releasedWithTheTransaction(village);
    }

    private void take(long village, long entries) {
        if (held.containsKey(village)) {
            throw RescoringBusy.inTheVillage();
        }
        if (!fits(0, entries)) {
            throw RescoringBusy.inTheTownship();
        }
        held.put(village, entries);
        inUse += entries;
    }

    private Held releasedWithTheTransaction(long village) {
        try {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    release(village);
                }
            });
        } catch (IllegalStateException noTransaction) {
            release(village);
            throw noTransaction;
        }
        return new Held(village);
    }

    /** Whether an activation of the village waits for its slot; tests wait on it. */
    synchronized boolean activationWaits(long village) {
        return activationsWaiting.containsKey(village);
    }

    /** The entries all re-scorings of the node hold now. */
    public synchronized long inUse() {
        return inUse;
    }

    private synchronized void grow(long village, long entries) {
        long had = held.getOrDefault(village, 0L);
        if (entries <= had) {
            return;
        }
        if (!fits(had, entries - had)) {
            throw RescoringBusy.inTheTownship();
        }
        held.put(village, entries);
        inUse += entries - had;
    }

    /** Whether {@code more} fits beside what the others hold; alone, an act always fits. */
    private boolean fits(long own, long more) {
        return inUse + more <= townshipAtMost || inUse == own;
    }

    private synchronized void release(long village) {
        Long had = held.remove(village);
        if (had != null) {
            inUse -= had;
            notifyAll();
        }
    }
}
