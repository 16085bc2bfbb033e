package org.jifen.village;

import java.util.Optional;

/** Locking a village for the caller's transaction, part of {@link Villages}. */
public interface VillageLocking {

    /**
     * The village, with its lock row ({@link VillageLock}) taken for update until the caller commits: serialises the
     * village's acts that must not interleave (plan uploads and activations, month-ends and finalisations, objections,
     * notices, fund entries, cards, reviews) and keeps its events out while one of them runs (ADR 0204, 0227). The
     * row is the village's own, never the township's `village` row (a reference table on Citus).
     */
    Optional<Village> lockByCode(String code);
}
