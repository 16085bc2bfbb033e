package org.jifen.scoring;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The rows of {@link LedgerMonthCount}, read as numbers; {@link LedgerMonthCounts} moves them by adding. */
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
}
