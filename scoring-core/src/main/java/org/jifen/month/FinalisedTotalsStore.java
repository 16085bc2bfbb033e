package org.jifen.month;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface FinalisedTotalsStore extends Repository<FinalisedTotals, Long> {

    FinalisedTotals save(FinalisedTotals totals);

    Optional<FinalisedTotals> findByVillageIdAndHouseholdIdAndMonth(long villageId, long householdId, String month);

    List<FinalisedTotals> findByVillageIdAndMonthIn(long villageId, Collection<String> months);

    List<FinalisedTotals> findByVillageIdAndHouseholdIdOrderByMonth(long villageId, long householdId);

    List<FinalisedTotals> findByMonthIn(Collection<String> months);
}
