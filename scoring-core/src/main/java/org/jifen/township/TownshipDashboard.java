package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the township's dashboard adds to {@link TownshipOverview}: each village's participation this month (the share
 * of its eligible households with at least one event), its published notices and the plan's milestones it is behind
 * on (五 工作步骤), and the points the rules gave by category and month across the township. A handful of grouped
 * queries whatever the number of villages.
 */
@Service
public class TownshipDashboard {

    /** A date the township's plan set (五 工作步骤), and what a village must have done by then. */
    public record Milestone(LocalDate due, String label) {
    }

    /** By mid-July each village writes its plan and forms its group; by mid-October every village runs it. */
    public static final Milestone PLAN_AND_GROUP = new Milestone(LocalDate.of(2024, 7, 15), "7月中旬前制定本村方案并组建自治小组");
    public static final Milestone RUNNING = new Milestone(LocalDate.of(2024, 10, 15), "10月中旬前开展月度评定");
    /** The township's plan asks at least six members of a self-governance group. */
    static final int GROUP_SIZE = 6;

    /** One village on the dashboard. */
    public record Row(VillageOverview village, long participating, int participationPercent, long noticesPublished,
            List<String> behind) {
    }

    /** Points the rules gave (as asked, before caps), per month and category, and the villages' rows. */
    public record Dashboard(String month, List<Row> villages, List<String> months, List<String> categories,
            Map<String, Map<String, Long>> pointsByCategory) {
    }

    private final TownshipOverview overview;
    private final VillageService villages;
    private final EntityManager entities;
    private final Clock clock;

    TownshipDashboard(TownshipOverview overview, VillageService villages, EntityManager entities, Clock clock) {
        this.overview = overview;
        this.villages = villages;
        this.entities = entities;
        this.clock = clock;
    }

    /** The dashboard for this month, with points for it and the {@code months - 1} months before. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(int months) {
        YearMonth now = YearMonth.now(clock);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> ids = new HashMap<>();
        for (Village village : villages.all()) {
            ids.put(village.getCode(), village.id());
        }
        Map<Long, Long> participating = counts("""
                select e.villageId, count(distinct e.householdId) from BehaviourEvent e
                where e.month = :month group by e.villageId""", Map.of("month", now.toString()));
        Map<Long, Long> notices = counts("select p.villageId, count(p) from NoticePublication p group by p.villageId",
                Map.of());
        List<Row> rows = overview.villages().stream().map(village -> {
            long id = ids.get(village.code());
            long active = participating.getOrDefault(id, 0L);
            int percent = village.eligibleHouseholds() == 0 ? 0
                    : (int) Math.round(100.0 * active / village.eligibleHouseholds());
            List<String> behind = new ArrayList<>();
            if (!today.isBefore(PLAN_AND_GROUP.due())
                    && (village.activePlan() == null || village.groupMembers() < GROUP_SIZE)) {
                behind.add(PLAN_AND_GROUP.label());
            }
            if (!today.isBefore(RUNNING.due()) && village.monthsFinalised() == 0) {
                behind.add(RUNNING.label());
            }
            return new Row(village, active, percent, notices.getOrDefault(id, 0L), behind);
        }).toList();
        YearMonth first = now.minusMonths(months - 1L);
        List<String> shown = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            shown.add(month.toString());
        }
        Map<String, Map<String, Long>> points = new LinkedHashMap<>();
        TreeSet<String> categories = new TreeSet<>();
        for (Object[] row : entities.createQuery("""
                        select a.month, a.category, sum(a.points) from Award a
                        where a.month >= :first and a.month <= :last group by a.month, a.category""", Object[].class)
                .setParameter("first", first.toString()).setParameter("last", now.toString()).getResultList()) {
            categories.add((String) row[1]);
            points.computeIfAbsent((String) row[1], category -> new LinkedHashMap<>())
                    .put((String) row[0], ((Number) row[2]).longValue());
        }
        return new Dashboard(now.toString(), rows, shown, List.copyOf(categories), points);
    }

    private Map<Long, Long> counts(String query, Map<String, Object> parameters) {
        var typed = entities.createQuery(query, Object[].class);
        parameters.forEach(typed::setParameter);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : typed.getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
