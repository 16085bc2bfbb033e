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

    /** The households with entries in the village's month: one row each, however many entries they hold. */
    @Query("select distinct a.householdId from Award a where a.villageId = ?1 and a.month = ?2")
    List<Long> householdsOfMonth(long villageId, YearMonth month);

    /** Every entry of a village's month, for re-scoring the whole village at once. */
    List<Award> findByVillageIdAndMonthOrderById(long villageId, YearMonth month);

    /**
     * Every entry of a village's month as the month-end reads it, oldest first: projections, never entities, fetched
     * {@value #MONTH_FETCH} rows at a time (ADR 0208).
     */
    @Query("select " + MONTH_ENTRY + " where a.villageId = ?1 and a.month = ?2 order by a.id")
    @QueryHints(@QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, value = "" + MONTH_FETCH))
    List<MonthEntry> monthEntries(long villageId, YearMonth month);

    /** As {@link #monthEntries}, for one household, through its own index. */
    @Query("select " + MONTH_ENTRY + " where a.villageId = ?1 and a.householdId = ?2 and a.month = ?3 order by a.id")
    List<MonthEntry> monthEntries(long villageId, long householdId, YearMonth month);

    /** Entries by id, to take them back (a month-end reads its month as {@link MonthEntry}). */
    List<Award> findByIdIn(java.util.Collection<Long> ids);

    /** Rows the driver fetches at a time when a month-end reads a village's month. */
    int MONTH_FETCH = 1000;

    /** The projection of {@link MonthEntry}, its entity named {@code a}. */
    String MONTH_ENTRY = """
            new org.jifen.scoring.MonthEntry(a.id, a.householdId, a.source, a.eventId, a.ruleSetId, a.rule, a.category,
                a.kind, a.points, a.capKey, a.reversesAwardId) from Award a""";

    /** How many entries of the month the village's ledger gained after a position: through the chain's own index. */
    @Query("select count(a) from Award a where a.villageId = ?1 and a.chain.seq > ?2 and a.month = ?3")
    long countAppendedAfter(long villageId, long position, YearMonth month);

    /** How many entries these months of the village hold. */
    long countByVillageIdAndMonthIn(long villageId, java.util.Collection<YearMonth> months);

    boolean existsByReversesAwardId(long awardId);

    /** Which of these entries a later entry took back: one answer for a list of entries. */
    @Query("select a.reversesAwardId from Award a where a.reversesAwardId in ?1")
    List<Long> reversedAmong(java.util.Collection<Long> awardIds);

    /** Which of these entries a re-scoring took back (ADR 0056), not staff or a reviewer: one answer for a list. */
    @Query("select a.reversesAwardId from Award a where a.reversesAwardId in ?1 and a.source = ?2")
    List<Long> reversedAmongBy(java.util.Collection<Long> awardIds, AwardSource source);

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
}
