package org.jifen.balance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The points entries of the ledger. Rows are written only by {@link BalanceService}, through the ledger's chain. */
public interface PointsEntries extends Repository<PointsEntry, Long> {

    List<PointsEntry> findByVillageIdAndHouseholdIdOrderByChainSeq(long villageId, long householdId);

    Optional<PointsEntry> findByRedemptionRowIdAndKind(long redemptionRowId, PointsKind kind);

    List<PointsEntry> findByVillageIdAndChainSeqGreaterThanOrderByChainSeq(long villageId, long afterSeq,
            Pageable page);

    List<PointsEntry> findByVillageIdAndKindOrderByChainSeq(long villageId, PointsKind kind);
}
