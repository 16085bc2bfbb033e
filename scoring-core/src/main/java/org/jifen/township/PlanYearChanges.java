package org.jifen.township;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlanYearChanges extends Repository<PlanYearChange, Long> {

    PlanYearChange save(PlanYearChange change);

    Optional<PlanYearChange> findFirstByOrderByIdDesc();
}
