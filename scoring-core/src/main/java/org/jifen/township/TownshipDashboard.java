package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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
 * What the township's dashboard adds to {@link TownshipOverview} (which gives each village's participation this month
 * and the plan's milestones it is behind on, 五 工作步骤): its published notices, and the points the rules gave by
 * category and month across the township, from each village's months as {@link VillageMonthAwards} keeps them
 * (ADR 0226). A handful of grouped queries whatever the number of villages.
 */
@Service
public class TownshipDashboard {

    /** A date the township's plan set (五 工作步骤), and what a village must have done by then. */
    public record Milestone(LocalDate due, String label) {
    }


    /** One village on the dashboard. */
    public record Row(VillageOverview village, long participating, int participationPercent, long noticesPublished,
            List<String> behind) {
    }

    /** Points the rules gave (as asked, before caps), per month and category, and the villages' rows. */
    public record Dashboard(YearMonth month, List<Row> villages, List<YearMonth> months, List<String> categories,
            Map<String, Map<YearMonth, Long>> pointsByCategory) {
    }

    private final TownshipOverview overview;
    private final VillageService villages;
    private final EntityManager entities;
    private final Clock clock;
    private final VillageMonthAwards monthAwards;

    TownshipDashboard(TownshipOverview overview, VillageService villages, EntityManager entities, Clock clock,
            VillageMonthAwards monthAwards) {
        this.monthAwards = monthAwards;
        this.overview = overview;
        this.villages = villages;
        this.entities = entities;
        this.clock = clock;
    }

    /** The plan's milestones in the plan's year, in order. */
    public List<Milestone> milestones() {
        return Arrays.stream(PlanMilestone.values())
                .map(milestone -> new Milestone(milestone.due(overview.planYear()), milestone.label())).toList();
    }

    /** The dashboard for a month, with points for it and the {@code months - 1} months before. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(YearMonth now, int months) {
        Map<String, Long> ids = new HashMap<>();
        for (Village village : villages.all()) {
            ids.put(village.getCode(), village.id());
        }
        Map<Long, Long> notices = counts("select p.villageId, count(p) from NoticePublication p group by p.villageId",
                Map.of());
        List<Row> rows = overview.villages(now, overview.planYear()).stream().map(village -> new Row(village,
                village.participation().active(), village.participation().percent(),
                notices.getOrDefault(ids.get(village.code()), 0L), village.behind())).toList();
        YearMonth first = now.minusMonths(months - 1L);
        List<YearMonth> shown = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            shown.add(month);
        }
        Map<String, Map<YearMonth, Long>> points = new LinkedHashMap<>();
        TreeSet<String> categories = new TreeSet<>();
        Map<YearMonth, Map<Long, VillageMonthAwards.Figures>> awards = monthAwards.of(shown);
        for (YearMonth month : shown) {
            awards.get(month).values().forEach(village -> village.categories().forEach((category, sum) -> {
                categories.add(category);
                points.computeIfAbsent(category, name -> new LinkedHashMap<>()).merge(month, sum, Long::sum);
            }));
        }
        return new Dashboard(now, rows, shown, List.copyOf(categories), points);
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
