package org.jifen.evaluation;

import java.time.YearMonth;
import java.util.List;
import org.springframework.data.repository.Repository;

interface MonthEvaluations extends Repository<MonthEvaluation, Long> {

    MonthEvaluation save(MonthEvaluation evaluation);

    boolean existsByVillageIdAndMonth(long villageId, YearMonth month);

    List<MonthEvaluation> findByVillageIdAndMonthOrderById(long villageId, YearMonth month);

    /** The months from {@code month} on that were evaluated at least once. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct m.month from MonthEvaluation m where m.villageId = ?1 and m.month >= ?2")
    List<YearMonth> monthsFrom(long villageId, YearMonth month);
}
