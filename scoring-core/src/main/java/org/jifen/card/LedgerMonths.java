package org.jifen.card;

import java.time.YearMonth;
import java.util.List;
import org.jifen.scoring.Award;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The months in which a household has ledger entries, newest first: the months its page shows. */
interface LedgerMonths extends Repository<Award, Long> {

    @Query("select distinct a.month from Award a where a.villageId = ?1 and a.householdId = ?2 order by a.month desc")
    List<YearMonth> of(long villageId, long householdId, Pageable page);
}
