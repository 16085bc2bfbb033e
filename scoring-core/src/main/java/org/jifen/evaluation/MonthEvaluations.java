package org.jifen.evaluation;

import java.util.List;
import org.springframework.data.repository.Repository;

interface MonthEvaluations extends Repository<MonthEvaluation, Long> {

    MonthEvaluation save(MonthEvaluation evaluation);

    boolean existsByVillageIdAndMonth(long villageId, String month);

    List<MonthEvaluation> findByVillageIdAndMonthOrderById(long villageId, String month);
}
