package org.jifen.finalisation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface FinalisedMonths extends Repository<FinalisedMonth, Long> {

    FinalisedMonth save(FinalisedMonth month);

    boolean existsByVillageIdAndMonth(long villageId, YearMonth month);

    Optional<FinalisedMonth> findByVillageIdAndMonth(long villageId, YearMonth month);

    List<FinalisedMonth> findByVillageIdAndMonthInOrderByMonth(long villageId, Collection<YearMonth> months);

    /** The village's latest finalised month. */
    Optional<FinalisedMonth> findFirstByVillageIdOrderByMonthDesc(long villageId);

    /** The village's finalised months from {@code month} on, in order. */
    @org.springframework.data.jpa.repository.Query(
            "select f.month from FinalisedMonth f where f.villageId = ?1 and f.month >= ?2 order by f.month")
    List<YearMonth> monthsFrom(long villageId, YearMonth month);
}
