package org.jifen.month;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface FinalisedTotalsStore extends Repository<FinalisedTotals, Long> {

    FinalisedTotals save(FinalisedTotals totals);

    Optional<FinalisedTotals> findByVillageIdAndHouseholdIdAndMonth(long villageId, long householdId, YearMonth month);

    List<FinalisedTotals> findByVillageIdAndMonthIn(long villageId, Collection<YearMonth> months);

    List<FinalisedTotals> findByVillageIdAndHouseholdIdOrderByMonth(long villageId, long householdId);

    /** The households' finalised months in (after, last]: those a cap's window holds after an open month. */
    List<FinalisedTotals> findByVillageIdAndHouseholdIdInAndMonthGreaterThanAndMonthLessThanEqual(long villageId,
            Collection<Long> householdIds, YearMonth after, YearMonth last);

    List<FinalisedTotals> findByMonthIn(Collection<YearMonth> months);
}
