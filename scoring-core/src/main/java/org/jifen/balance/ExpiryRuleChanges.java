package org.jifen.balance;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ExpiryRuleChanges extends Repository<ExpiryRuleChange, Long> {

    ExpiryRuleChange save(ExpiryRuleChange change);

    /** The village's changes, oldest first: the rule in force at a moment is the last one set by then. */
    List<ExpiryRuleChange> findByVillageIdOrderByChangedAtAscIdAsc(long villageId);

    /** Villages whose points may expire: any that ever set a rule other than never. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct c.villageId from ExpiryRuleChange c where c.mode <> org.jifen.balance.ExpiryMode.NEVER")
    List<Long> villagesThatEverSetExpiry();
}
