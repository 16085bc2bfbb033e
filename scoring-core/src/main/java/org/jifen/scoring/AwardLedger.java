package org.jifen.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the village points ledger. Entries are only ever appended, through {@link Ledger#append}. */
public interface AwardLedger extends Repository<Award, Long> {

    Optional<Award> findById(long id);

    List<Award> findByEventRowIdOrderById(long eventRowId);

    /** The entries of several events, for replaying a batch in one query. */
    List<Award> findByEventRowIdInOrderById(java.util.Collection<Long> eventRowIds);

    List<Award> findByVillageIdAndHouseholdIdAndMonthOrderById(long villageId, long householdId, YearMonth month);

    /**
     * One household's month as its arithmetic needs it, in one answer however many entries it holds (ADR 0131): the
     * points per rule and kind, summed by the database, except that veto entries come one by one (rule, kind, points,
     * the veto's id, the id of the veto a reversing entry takes back), each sum kept apart per value of the rule's
     * cap attribute (ADR 0155).
     */
    @Query(nativeQuery = true, value = """
            select rule, kind, sum(points), case when kind = 'VETO' then id end,
                case when kind = 'VETO' then reverses_award_id end, cap_key
            from award where village_id = ?1 and household_id = ?2 and score_month = ?3
            group by rule, kind, cap_key, case when kind = 'VETO' then id end,
                case when kind = 'VETO' then reverses_award_id end""")
    List<Object[]> sumsOfMonth(long villageId, long householdId, String scoreMonth);

    /** {@link #sumsOfMonth(long, long, String)}: a native query binds the column's text, not the month. */
    default List<Object[]> sumsOfMonth(long villageId, long householdId, YearMonth month) {
        return sumsOfMonth(villageId, householdId, month.toString());
    }

    /** The households with entries in the village's month: one row each, however many entries they hold. */
    @Query("select distinct a.householdId from Award a where a.villageId = ?1 and a.month = ?2")
    List<Long> householdsOfMonth(long villageId, YearMonth month);

    /** Every entry of a village's month, for the evaluation of the whole village at once. */
    List<Award> findByVillageIdAndMonthOrderById(long villageId, YearMonth month);

    /** How many entries of the month the village's ledger gained after a position: through the chain's own index. */
    @Query("select count(a) from Award a where a.villageId = ?1 and a.chain.seq > ?2 and a.month = ?3")
    long countAppendedAfter(long villageId, long position, YearMonth month);

    /** How many entries these months of the village hold. */
    long countByVillageIdAndMonthIn(long villageId, java.util.Collection<YearMonth> months);

    boolean existsByReversesAwardId(long awardId);

    /** The entry that took this one back, if one did (each entry is reversed at most once). */
    Optional<Award> findByReversesAwardId(long awardId);

    /** A village's chain in order, a page at a time, for verification. */
    List<Award> findByVillageIdAndChainSeqGreaterThanOrderByChainSeq(long villageId, long afterSeq,
            org.springframework.data.domain.Pageable page);

    /** Entries appended before the chain existed, oldest first. */
    List<Award> findByVillageIdAndChainSeqIsNullOrderById(long villageId);

    /** Points per rule, cap key and kind in the months [from, to), for caps over a quarter, a year or ever. */
    @Query("""
            select new org.jifen.scoring.RuleTotal(a.rule, a.capKey, a.kind, sum(a.points)) from Award a
            where a.villageId = ?1 and a.householdId = ?2 and a.month >= ?3 and a.month < ?4
            group by a.rule, a.capKey, a.kind""")
    List<RuleTotal> totalsBetween(long villageId, long householdId, YearMonth fromMonth, YearMonth toMonthExclusive);
}
