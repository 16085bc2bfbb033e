package org.jifen.evaluation;

import java.util.concurrent.Semaphore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One re-scoring at a time in the service (ADR 0194): an activation or its dry run re-scoring months, or a simulation
 * firing a month with another version. Each may read, write or hold up to the bound of entries, and two villages at
 * the bound at once ran a 1 GB heap out (seventh outside attack, C1; six simulations at once took it to 1,015 MB). A
 * second is answered 503 at once rather than queued behind minutes of work; the slot is held until the caller's
 * transaction ends.
 */
public final class RescoringSlot {

    private static final Semaphore SLOT = new Semaphore(1);

    private RescoringSlot() {
    }

    /** Takes the slot for the rest of the caller's transaction, or refuses with {@link RescoringBusy}. */
    public static void hold() {
        if (!SLOT.tryAcquire()) {
            throw new RescoringBusy();
        }
        try {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    SLOT.release();
                }
            });
        } catch (IllegalStateException noTransaction) {
            SLOT.release();
            throw noTransaction;
        }
    }
}
