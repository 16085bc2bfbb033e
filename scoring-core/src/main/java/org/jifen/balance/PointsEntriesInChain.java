package org.jifen.balance;

import java.util.List;
import org.jifen.integrity.ChainedEntry;
import org.jifen.scoring.ChainedEntries;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Offers the points entries to the ledger's verification, in chain order. */
@Component
class PointsEntriesInChain implements ChainedEntries {

    private final PointsEntries entries;

    PointsEntriesInChain(PointsEntries entries) {
        this.entries = entries;
    }

    @Override
    public List<ChainedEntry> after(long villageId, long afterSeq, int limit) {
        return entries.findLinkedAfter(villageId, afterSeq, PageRequest.ofSize(limit)).stream()
                .map(LinkedPointsEntry::asChained).toList();
    }
}
