package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.fund.Money;
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
    private final Oversight oversight;
    private final TownshipSettings settings;
    private final PlanYearChanges planYears;
    private final Clock clock;

    TownshipOverview(VillageService villages, EntityManager entities, Oversight oversight, TownshipSettings settings,
            PlanYearChanges planYears, Clock clock) {
        this.villages = villages;
        this.entities = entities;
        this.oversight = oversight;
        this.settings = settings;
        this.planYears = planYears;
        this.clock = clock;
    }

    /** This month's figures, and the milestones of the plan's year. */
    @Transactional(readOnly = true)
    public List<VillageOverview> villages() {
        return villages(YearMonth.now(clock), planYear());
    }

    /**
     * The year of the township's plan, whose milestones the overview follows: the one the township set last, or the
     * service's setting ({@code jifen.township.plan-year}) until it sets one (ADR 0153).
     */
    @Transactional(readOnly = true)
    public int planYear() {
        return planYears.findFirstByOrderByIdDesc().map(PlanYearChange::getPlanYear).orElse(settings.planYear());
    }

    /** The plan's year, who set it and when, and its milestones' due dates. */
    @Transactional(readOnly = true)
    public PlanYear planYearSet() {
        var last = planYears.findFirstByOrderByIdDesc();
        int year = last.map(PlanYearChange::getPlanYear).orElse(settings.planYear());
        return new PlanYear(year, last.map(PlanYearChange::getSetBy).orElse(null),
                last.map(PlanYearChange::getSetAt).orElse(null),
                java.util.Arrays.stream(PlanMilestone.values())
                        .map(milestone -> new PlanYear.Due(milestone, milestone.label(), milestone.due(year))).toList());
    }

    /**
     * The township sets the year of its plan, from now on; the earlier years stay on record. A year before 2000 or
     * after next year is taken for a typing mistake.
     */
    @Transactional
    public PlanYear setPlanYear(NewPlanYear request, String by) {
        int latest = LocalDate.now(clock).getYear() + 1;
        if (request.year() < 2000 || request.year() > latest) {
            throw new PlanYearImplausible(request.year(), latest);
        }
        planYears.save(new PlanYearChange(request.year(), by, clock.instant()));
        return planYearSet();
    }

    /** The figures of a month, and the milestones of a year. */
    @Transactional(readOnly = true)
    public List<VillageOverview> villages(YearMonth month, int year) {
        Oversight.Figures figures = oversight.of(month, clock.getZone());
        LocalDate today = LocalDate.now(clock);
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
            long participating = figures.active().getOrDefault(village.id(), 0L);
            long[] redeemed = figures.redemptions().getOrDefault(village.id(), new long[2]);
            long[] fund = figures.fund().getOrDefault(village.id(), new long[3]);
            long[] cancelled = figures.cancellations().getOrDefault(village.id(), new long[2]);
            List<MilestoneProgress> milestones = progress(figures.reached().getOrDefault(village.id(), Map.of()),
                    year, today);
            return new VillageOverview(village.getCode(), village.getName(), village.isDemo(), counted[0],
                    counted[1], plan == null ? null : plan.getVersion(),
                    plan == null ? null : new VillageOverview.FiledPlan(plan.getVersion(), plan.getSha256(),
                            rules.getOrDefault(plan.id(), 0L).intValue(), span.activation().getActivatedAt(),
                            span.activation().getActivatedBy(), span.from()),
                    members.getOrDefault(village.id(), 0L), finalised.getOrDefault(village.id(), 0L),
                    notices.get(village.id()),
                    coming == null ? null : new VillageOverview.NextPlan(coming.version(), coming.from(),
                            coming.activation().getActivatedAt(), coming.activation().getActivatedBy()),
                    new VillageOverview.Participation(month, counted[1], participating,
                            counted[1] == 0 ? 0 : (int) Math.round(100.0 * participating / counted[1])),
                    figures.categories().getOrDefault(village.id(), Map.of()),
                    new VillageOverview.Supermarket(month, redeemed[0], redeemed[1], cancelled[0],
                            cancelled[1], figures.onSale().getOrDefault(village.id(), 0L), Money.yuan(fund[0]),
                            Money.yuan(fund[1]), Money.yuan(fund[2]), Money.yuan(fund[0] + fund[1] - fund[2])),
                    milestones, milestones.stream().filter(MilestoneProgress::behind).map(MilestoneProgress::label)
                            .toList());
        }).toList();
    }

    private List<MilestoneProgress> progress(Map<PlanMilestone, Instant> reached, int year, LocalDate today) {
        List<MilestoneProgress> progress = new ArrayList<>();
        for (PlanMilestone milestone : PlanMilestone.values()) {
            LocalDate due = milestone.due(year);
            Instant at = reached.get(milestone);
            LocalDate doneOn = at == null ? null : at.atZone(clock.getZone()).toLocalDate();
            progress.add(new MilestoneProgress(milestone, milestone.label(), due, doneOn,
                    doneOn != null && !doneOn.isAfter(due), doneOn == null && today.isAfter(due)));
        }
        return progress;
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
