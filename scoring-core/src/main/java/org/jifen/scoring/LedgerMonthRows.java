package org.jifen.scoring;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The rows of {@link LedgerMonthCount}: read as numbers, moved by adding, never deleted. */
interface LedgerMonthRows extends Repository<LedgerMonthCount, LedgerMonthCount.Key> {

    /** The month and its entries, for those of these months that have a row. */
    @Query("select c.key.month, c.entries from LedgerMonthCount c where c.key.villageId = ?1 and c.key.month in ?2")
    List<Object[]> entries(long villageId, Collection<YearMonth> months);

    /**
     * One month's entries, if it has a row: what recording reads. Hibernate translates a query with a list parameter
     * anew every time; this one it translates once (issue 13, ADR 0259).
     */
    @Query("select c.entries from LedgerMonthCount c where c.key.villageId = ?1 and c.key.month = ?2")
    java.util.Optional<Long> entriesOf(long villageId, YearMonth month);

    /**
     * Adds to the month's count; answers 0 where the month has no row yet. Plain SQL: Hibernate translates an update
     * of its own language at every execution, a twentieth of a single event's CPU (issue 13, ADR 0262).
     */
    @Modifying(flushAutomatically = false)
    @Query(nativeQuery = true,
            value = "update ledger_month_count set entries = entries + ?3 where village_id = ?1 and score_month = ?2")
    int add(long villageId, String month, long entries);

    @Modifying(flushAutomatically = false)
    @Query(nativeQuery = true,
            value = "insert into ledger_month_count (village_id, score_month, entries) values (?1, ?2, ?3)")
    void start(long villageId, String month, long entries);
}
