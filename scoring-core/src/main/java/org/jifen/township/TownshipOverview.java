package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.plan.PlanActivation;
import org.jifen.plan.PlanSchedule;
import org.jifen.plan.RuleSet;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
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
    private final Clock clock;

    TownshipOverview(VillageService villages, EntityManager entities, Clock clock) {
        this.villages = villages;
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VillageOverview> villages() {
        Map<Long, long[]> households = new HashMap<>();
        for (Object[] row : rows("""
                select h.villageId, count(h), sum(case when h.localHukou = true and h.homestead = true
                    and h.permanentResidents >= 1 then 1 else 0 end) from Household h group by h.villageId""")) {
            households.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()});
        }
        Map<Long, Long> members = counts(
                "select g.villageId, count(g) from GroupMember g where g.retiredAt is null group by g.villageId");
        Map<Long, Long> finalised = counts("select f.villageId, count(f) from FinalisedMonth f group by f.villageId");
        Map<Long, String> notices = new HashMap<>();
        for (Object[] row : rows("select p.villageId, max(p.quarter) from NoticePublication p group by p.villageId")) {
            notices.put((Long) row[0], (String) row[1]);
        }
        YearMonth current = YearMonth.now(clock);
        Map<Long, List<PlanActivation>> made = new HashMap<>();
        entities.createQuery("select a from PlanActivation a order by a.id", PlanActivation.class).getResultList()
                .forEach(activation -> made.computeIfAbsent(activation.getVillageId(), id -> new ArrayList<>())
                        .add(activation));
        Map<Long, PlanSchedule.Span> inForce = new HashMap<>();
        Map<Long, PlanSchedule.Span> next = new HashMap<>();
        made.forEach((villageId, activations) -> {
            PlanSchedule schedule = PlanSchedule.of(activations);
            schedule.governing(current).ifPresent(span -> inForce.put(villageId, span));
            schedule.next(current).ifPresent(span -> next.put(villageId, span));
        });
        Map<Long, RuleSet> filed = new HashMap<>();
        Map<Long, Long> rules = new HashMap<>();
        if (!inForce.isEmpty()) {
            List<Long> ids = inForce.values().stream().map(PlanSchedule.Span::ruleSetId).distinct().toList();
            entities.createQuery("select r from RuleSet r where r.id in :ids", RuleSet.class)
                    .setParameter("ids", ids).getResultList().forEach(ruleSet -> filed.put(ruleSet.id(), ruleSet));
            entities.createQuery("select r.ruleSetId, count(r) from RuleSetRule r where r.ruleSetId in :ids"
                            + " group by r.ruleSetId", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> rules.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return villages.all().stream().map(village -> {
            long[] counted = households.getOrDefault(village.id(), new long[2]);
            PlanSchedule.Span span = inForce.get(village.id());
            RuleSet plan = span == null ? null : filed.get(span.ruleSetId());
            PlanSchedule.Span coming = next.get(village.id());
            return new VillageOverview(village.getCode(), village.getName(), village.isDemo(), counted[0],
                    counted[1], plan == null ? null : plan.getVersion(),
                    plan == null ? null : new VillageOverview.FiledPlan(plan.getVersion(), plan.getSha256(),
                            rules.getOrDefault(plan.id(), 0L).intValue(), span.activation().getActivatedAt(),
                            span.activation().getActivatedBy(), month(span.from())),
                    members.getOrDefault(village.id(), 0L), finalised.getOrDefault(village.id(), 0L),
                    notices.get(village.id()),
                    coming == null ? null : new VillageOverview.NextPlan(coming.version(), month(coming.from()),
                            coming.activation().getActivatedAt(), coming.activation().getActivatedBy()));
        }).toList();
    }

    private static @Nullable String month(@Nullable YearMonth month) {
        return month == null ? null : month.toString();
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
