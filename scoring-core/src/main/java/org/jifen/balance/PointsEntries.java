package org.jifen.balance;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.jifen.integrity.HashChain;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/** The points entries of the ledger. Rows are written only by {@link BalanceService}, through the ledger's chain. */
public interface PointsEntries extends Repository<PointsEntry, Long> {

    List<PointsEntry> findByVillageIdAndHouseholdIdOrderByChainSeq(long villageId, long householdId);

    Optional<PointsEntry> findByRedemptionRowIdAndKind(long redemptionRowId, PointsKind kind);

    /** A village's points entries in chain order, a page at a time, for verification: projections (ADR 0196). */
    @Query("""
            select new org.jifen.balance.LinkedPointsEntry(p.id, p.chain.seq, p.chain.hash, p.chain.format, p.villageId,
                p.householdId, p.kind, p.points, p.redemptionRowId, p.expiredOn, p.reason, p.recordedBy, p.createdAt)
            from PointsEntry p where p.villageId = ?1 and p.chain.seq > ?2 order by p.villageId, p.chain.seq""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "" + HashChain.PAGE))
    List<LinkedPointsEntry> findLinkedAfter(long villageId, long afterSeq, Pageable page);

    List<PointsEntry> findByVillageIdAndKindOrderByChainSeq(long villageId, PointsKind kind);
}
