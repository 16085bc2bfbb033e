package org.jifen.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface PlanActivations extends Repository<PlanActivation, Long> {

    PlanActivation save(PlanActivation activation);

    /** The activation in force at a moment: the latest of this version at or before it. */
    Optional<PlanActivation> findFirstByRuleSetIdAndActivatedAtLessThanEqualOrderByActivatedAtDesc(long ruleSetId,
            Instant at);

    Optional<PlanActivation> findFirstByRuleSetIdOrderByActivatedAtDesc(long ruleSetId);

    List<PlanActivation> findByVillageIdOrderByActivatedAt(long villageId);
}
