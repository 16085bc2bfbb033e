package org.jifen.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface PlanActivations extends Repository<PlanActivation, Long> {

    PlanActivation save(PlanActivation activation);

    /** The activation in force at a moment: the latest of this version at or before it. */
    Optional<PlanActivation> findFirstByRuleSetIdAndActivatedAtLessThanEqualOrderByActivatedAtDescIdDesc(
            long ruleSetId, Instant at);

    /** A village's activations in the order they were made: its {@link PlanSchedule}. */
    List<PlanActivation> findByVillageIdOrderById(long villageId);

    /** Every village's activations in the order they were made, for the township's overview. */
    List<PlanActivation> findAllByOrderById();
}
