package org.jifen.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface RuleSetRules extends Repository<RuleSetRule, Long> {

    Optional<RuleSetRule> findByRuleSetIdAndName(long ruleSetId, String name);

    List<RuleSetRule> findByRuleSetId(long ruleSetId);
}
