package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.plan.PlanActivation;
import org.jifen.plan.RuleSet;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's overview of its villages (GET /api/township/overview), read in a fixed handful of grouped
 * queries whatever the number of villages.
 */
@Service
public class TownshipOverview {

    private final VillageService villages;
    private final EntityManager entities;

    TownshipOverview(VillageService villages, EntityManager entities) {
        this.villages = villages;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public List<VillageOverview> villages() {
        Map<Long, long[]> households = new HashMap<>();
        for (Object[] row : rows("""
                select h.villageId, count(h), sum(case when h.localHukou = true and h.homestead = true
                    and h.permanentResidents >= 1 then 1 else 0 end) from Household h group by h.villageId""")) {
            households.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()});
        }
        Map<Long, Long> members = counts("select g.villageId, count(g) from GroupMember g group by g.villageId");
        Map<Long, Long> finalised = counts("select f.villageId, count(f) from FinalisedMonth f group by f.villageId");
        Map<Long, String> notices = new HashMap<>();
        for (Object[] row : rows("select p.villageId, max(p.quarter) from NoticePublication p group by p.villageId")) {
            notices.put((Long) row[0], (String) row[1]);
        }
        Map<Long, RuleSet> active = new HashMap<>();
        entities.createQuery("select r from RuleSet r where r.status = org.jifen.plan.RuleSetStatus.ACTIVE",
                RuleSet.class).getResultList().forEach(ruleSet -> active.put(ruleSet.id(), ruleSet));
        Map<Long, PlanActivation> filed = new HashMap<>();
        if (!active.isEmpty()) {
            entities.createQuery("select a from PlanActivation a where a.ruleSetId in :ids order by a.activatedAt",
                            PlanActivation.class).setParameter("ids", active.keySet()).getResultList()
                    .forEach(activation -> filed.put(activation.getRuleSetId(), activation));
        }
        Map<Long, Long> rules = counts("select r.ruleSetId, count(r) from RuleSetRule r where r.ruleSetId in "
                + "(select s.id from RuleSet s where s.status = org.jifen.plan.RuleSetStatus.ACTIVE) group by r.ruleSetId");
        return villages.all().stream().map(village -> {
            long[] counted = households.getOrDefault(village.id(), new long[2]);
            RuleSet plan = village.getActiveRuleSetId() == null ? null : active.get(village.getActiveRuleSetId());
            PlanActivation activation = plan == null ? null : filed.get(plan.id());
            return new VillageOverview(village.getCode(), village.getName(), village.isDemo(), counted[0],
                    counted[1], plan == null ? null : plan.getVersion(),
                    plan == null ? null : new VillageOverview.FiledPlan(plan.getVersion(), plan.getSha256(),
                            rules.getOrDefault(plan.id(), 0L).intValue(),
                            activation == null ? null : activation.getActivatedAt(),
                            activation == null ? null : activation.getActivatedBy()),
                    members.getOrDefault(village.id(), 0L), finalised.getOrDefault(village.id(), 0L),
                    notices.get(village.id()));
        }).toList();
    }

    private List<Object[]> rows(String query) {
        return entities.createQuery(query, Object[].class).getResultList();
    }

    private Map<Long, Long> counts(String query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows(query)) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
