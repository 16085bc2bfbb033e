package org.jifen.evaluation;

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
 */
@Component
public class RescoringSlots {

    private final long townshipAtMost;
    /** Per village re-scoring now, the entries it holds. */
    private final Map<Long, Long> held = new HashMap<>();
    private long inUse;

    @Autowired
    RescoringSlots(PlanSettings settings) {
        this(settings.rescoringTownshipAtMost());
    }

    RescoringSlots(long townshipAtMost) {
        this.townshipAtMost = townshipAtMost;
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
     * Takes the village's slot and {@code entries} of the township's for the rest of the caller's transaction, or
     * refuses with {@link RescoringBusy} holding nothing.
     */
    public Held hold(long village, long entries) {
        synchronized (this) {
            if (held.containsKey(village)) {
                throw RescoringBusy.inTheVillage();
            }
            if (!fits(0, entries)) {
                throw RescoringBusy.inTheTownship();
            }
            held.put(village, entries);
            inUse += entries;
        }
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
        }
    }
}
