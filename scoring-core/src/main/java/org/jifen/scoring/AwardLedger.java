package org.jifen.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/** Reads the village points ledger. Entries are only ever appended, through {@link Ledger#append}. */
public interface AwardLedger extends Repository<Award, Long> {

    Optional<Award> findById(long id);

    List<Award> findByEventRowIdOrderById(long eventRowId);

    /** The entries of several events, for replaying a batch in one query. */
    List<Award> findByEventRowIdInOrderById(java.util.Collection<Long> eventRowIds);

    List<Award> findByVillageIdAndHouseholdIdAndMonthOrderById(long villageId, long householdId, YearMonth month);

    /**
     * A page of a household's month's entries after the entry {@code afterId}, in the page's order, read on the
     * index of the household's month by id (ADR 0220): the page's rows and no more.
     */
    List<Award> findByVillageIdAndHouseholdIdAndMonthAndIdGreaterThan(long villageId, long householdId,
            YearMonth month, long afterId, org.springframework.data.domain.Pageable page);

    /** How many entries a household's month holds, counted on its index. */
    long countByVillageIdAndHouseholdIdAndMonth(long villageId, long householdId, YearMonth month);

    /**
     * Households' months as their arithmetic needs them, in one answer however many entries they hold (ADR 0131), for
     * every pair of the households and months given (a batch reads all of its own at once, ADR 0198): the household,
     * the month, then the points per rule and kind, summed by the database, except that veto entries come one by one
     * (rule, kind, points, the veto's id, the id of the veto a reversing entry takes back), each sum kept apart per
     * value of the rule's cap attribute (ADR 0155).
     */
    @Query(nativeQuery = true, value = """
            select household_id, score_month, rule, kind, sum(points), case when kind = 'VETO' then id end,
                case when kind = 'VETO' then reverses_award_id end, cap_key
            from award where village_id = ?1 and household_id in ?2 and score_month in ?3
            group by household_id, score_month, rule, kind, cap_key, case when kind = 'VETO' then id end,
                case when kind = 'VETO' then reverses_award_id end""")
    List<Object[]> sumsOfMonths(long villageId, java.util.Collection<Long> householdIds,
            java.util.Collection<String> months);

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

    /** Which of these entries a later entry took back: one answer for a list of entries. */
    @Query("select a.reversesAwardId from Award a where a.reversesAwardId in ?1")
    List<Long> reversedAmong(java.util.Collection<Long> awardIds);

    /** The entry that took this one back, if one did (each entry is reversed at most once). */
    Optional<Award> findByReversesAwardId(long awardId);

    /**
     * A village's chain in order, a page at a time, for verification: as projections, never entities, fetched from
     * the database as many rows at a time as a page holds (ADR 0196).
     */
    @Query("""
            select new org.jifen.scoring.LinkedAward(a.id, a.chain.seq, a.chain.hash, a.chain.format, a.villageId,
                a.householdId, a.month, a.source, a.eventRowId, a.eventId, a.ruleSetId, a.ruleSetVersion,
                a.ruleSetSha256, a.rule, a.category, a.kind, a.points, a.reversesAwardId, a.reason, a.recordedBy,
                a.decidedBy, a.createdAt, a.capKey)
            from Award a where a.villageId = ?1 and a.chain.seq > ?2 order by a.villageId, a.chain.seq""")
    @QueryHints(@QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE,
            value = "" + org.jifen.integrity.HashChain.PAGE))
    List<LinkedAward> findLinkedAfter(long villageId, long afterSeq, org.springframework.data.domain.Pageable page);

    /** Entries appended before the chain existed, oldest first. */
    List<Award> findByVillageIdAndChainSeqIsNullOrderById(long villageId);

    /** Points per rule, cap key and kind in the months [from, to), for caps over a quarter, a year or ever. */
    @Query("""
            select new org.jifen.scoring.RuleTotal(a.rule, a.capKey, a.kind, sum(a.points)) from Award a
            where a.villageId = ?1 and a.householdId = ?2 and a.month >= ?3 and a.month < ?4
            group by a.rule, a.capKey, a.kind""")
    List<RuleTotal> totalsBetween(long villageId, long householdId, YearMonth fromMonth, YearMonth toMonthExclusive);

    /** {@link #totalsBetween} for several households at once, each row led by its household (ADR 0198). */
    @Query("""
            select a.householdId, a.rule, a.capKey, a.kind, sum(a.points) from Award a
            where a.villageId = ?1 and a.householdId in ?2 and a.month >= ?3 and a.month < ?4
            group by a.householdId, a.rule, a.capKey, a.kind""")
    List<Object[]> totalsBetween(long villageId, java.util.Collection<Long> householdIds, YearMonth fromMonth,
            YearMonth toMonthExclusive);
}
