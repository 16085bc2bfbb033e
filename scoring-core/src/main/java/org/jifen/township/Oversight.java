package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.fund.FundEntry;
import org.jifen.fund.FundEntryKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the township oversees beyond coverage, for every village at once in a fixed handful of grouped queries: who
 * took part in a month, the points the rules gave by category, the supermarket's redemptions and the reward fund,
 * and when each of the plan's milestones was reached. Who took part and the points by category come from each
 * village's month of awards as {@link VillageMonthAwards} keeps them (ADR 0226).
 */
@Component
class Oversight {

    /** The township's plan asks at least six members of a self-governance group (四(三)). */
    static final int GROUP_SIZE = 6;

    /**
     * The figures of every village, by village id. {@code cancellations} are the count and the points returned;
     * {@code fund} the fen held at the month's start, received and spent in it (by the entries' dates).
     */
    record Figures(Map<Long, Long> active, Map<Long, Map<String, Long>> categories, Map<Long, long[]> redemptions,
            Map<Long, long[]> cancellations, Map<Long, Long> onSale, Map<Long, long[]> fund,
            Map<Long, Map<PlanMilestone, Instant>> reached) {
    }

    private final EntityManager entities;
    private final VillageMonthAwards monthAwards;

    Oversight(EntityManager entities, VillageMonthAwards monthAwards) {
        this.entities = entities;
        this.monthAwards = monthAwards;
    }

    Figures of(YearMonth month, ZoneId zone) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<Long, Long> active = new HashMap<>();
        Map<Long, Map<String, Long>> categories = new HashMap<>();
        monthAwards.of(List.of(month)).get(month).forEach((village, awards) -> {
            if (awards.active() > 0) {
                active.put(village, awards.active());
            }
            if (!awards.categories().isEmpty()) {
                categories.put(village, awards.categories());
            }
        });
        Map<Long, long[]> redemptions = new HashMap<>();
        for (Object[] row : rows("""
                select r.villageId, count(r), sum(r.points) from Redemption r
                where r.recordedAt >= ?1 and r.recordedAt < ?2 group by r.villageId""", from, until)) {
            redemptions.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Map<Long, long[]> cancellations = new HashMap<>();
        for (Object[] row : rows("""
                select c.villageId, count(c), sum(r.points) from RedemptionCancellation c, Redemption r
                where r.id = c.redemptionRowId and c.recordedAt >= ?1 and c.recordedAt < ?2
                group by c.villageId""", from, until)) {
            cancellations.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Map<Long, Long> onSale = counts(rows(
                "select r.villageId, count(r) from Reward r where r.onSale = true group by r.villageId"));
        Map<Long, long[]> fund = new HashMap<>();
        for (FundEntry entry : entities.createQuery("select e from FundEntry e", FundEntry.class).getResultList()) {
            long[] sums = fund.computeIfAbsent(entry.getVillageId(), id -> new long[3]);
            if (entry.getOn().isBefore(month.atDay(1))) {
                sums[0] += entry.signedFen();
            } else if (!entry.getOn().isAfter(month.atEndOfMonth())) {
                sums[entry.getKind() == FundEntryKind.INCOME ? 1 : 2] += entry.kindFen();
            }
        }
        return new Figures(active, categories, redemptions, cancellations, onSale, fund, reached());
    }

    /** When each village reached each milestone, as far as it has. */
    private Map<Long, Map<PlanMilestone, Instant>> reached() {
        Map<Long, Instant> uploaded = firsts("select r.villageId, min(r.uploadedAt) from RuleSet r group by r.villageId");
        Map<Long, Instant> groupFormed = sixthMember();
        Map<Long, Instant> activated = firsts(
                "select a.villageId, min(a.activatedAt) from PlanActivation a group by a.villageId");
        Map<Long, Instant> rewards = firsts("select r.villageId, min(r.createdAt) from Reward r group by r.villageId");
        Map<Long, Instant> stars = firsts("select s.villageId, min(s.changedAt) from StarScheme s group by s.villageId");
        Map<Long, Instant> running = firsts(
                "select f.villageId, min(f.finalisedAt) from FinalisedMonth f group by f.villageId");
        Map<Long, Instant> cases = firsts(
                "select c.villageId, min(c.submittedAt) from TypicalCase c group by c.villageId");
        Map<Long, Map<PlanMilestone, Instant>> reached = new HashMap<>();
        uploaded.forEach((village, at) -> {
            Instant formed = groupFormed.get(village);
            if (formed != null) {
                put(reached, village, PlanMilestone.PLAN_AND_GROUP, later(at, formed));
            }
        });
        activated.forEach((village, at) -> {
            Instant incentive = earlier(rewards.get(village), stars.get(village));
            if (incentive != null) {
                put(reached, village, PlanMilestone.RULES_AND_INCENTIVES, later(at, incentive));
            }
        });
        running.forEach((village, at) -> put(reached, village, PlanMilestone.RUNNING, at));
        cases.forEach((village, at) -> put(reached, village, PlanMilestone.CASES, at));
        return reached;
    }

    /** When each village's group reached six members. */
    private Map<Long, Instant> sixthMember() {
        Map<Long, List<Instant>> added = new HashMap<>();
        for (Object[] row : rows("select g.villageId, g.addedAt from GroupMember g order by g.villageId, g.addedAt")) {
            added.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Instant) row[1]);
        }
        Map<Long, Instant> sixth = new HashMap<>();
        added.forEach((village, times) -> {
            if (times.size() >= GROUP_SIZE) {
                sixth.put(village, times.get(GROUP_SIZE - 1));
            }
        });
        return sixth;
    }

    private static void put(Map<Long, Map<PlanMilestone, Instant>> reached, long village, PlanMilestone milestone,
            Instant at) {
        reached.computeIfAbsent(village, id -> new EnumMap<>(PlanMilestone.class)).put(milestone, at);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private Map<Long, Instant> firsts(String query) {
        Map<Long, Instant> firsts = new HashMap<>();
        for (Object[] row : rows(query)) {
            firsts.put((Long) row[0], (Instant) row[1]);
        }
        return firsts;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<Object[]> rows(String query, Object... parameters) {
        var typed = entities.createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.getResultList();
    }
}
