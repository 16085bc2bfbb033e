package org.jifen.scoring;

import java.util.List;
import org.jifen.integrity.ChainedEntry;

/**
 * Entries of a village's points ledger kept outside the award table (the points spent, returned and expired), read
 * back in chain order so that {@link LedgerVerification} walks the whole chain. Each such kind of entry is written
 * through {@link Ledger#append(long, Object, org.jifen.integrity.ChainRows)} and offers its entries here.
 */
public interface ChainedEntries {

    /** The village's entries of this kind after the chain position {@code afterSeq}, in chain order, at most limit. */
    List<ChainedEntry> after(long villageId, long afterSeq, int limit);
}
