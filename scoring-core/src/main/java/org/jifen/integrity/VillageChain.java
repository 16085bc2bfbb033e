package org.jifen.integrity;

/**
 * A chain each village has besides its points ledger (its evidence), checked with the ledger when the village's
 * ledger is verified.
 */
public interface VillageChain {

    /** The village's chain recomputed from its stored entries. */
    HashChain.Check verify(long villageId);
}
