package org.jifen.township;

import java.time.YearMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
/**
 * One village as the township sees it. {@code activePlan} is the plan filed with the township (上报备案) that governs
 * this month: a plan takes effect only by activation, and activation files it, with who, when and from which month.
 * {@code nextPlan} is a version activated from a later month on, if there is one (ADR 0055). For the month asked
 * about (this month unless said): who took part and the points the rules gave by category (as the rules asked,
 * before the month's arithmetic); the points supermarket's redemptions that month and the reward fund; and the
 * plan's milestones in the plan's year, with the ones the village is {@code behind} on.
 */
public record VillageOverview(String code, String name, boolean demo, long households, long eligibleHouseholds,
        @Nullable Integer activePlanVersion, @Nullable FiledPlan activePlan, long groupMembers,
        long monthsFinalised, @Nullable String lastNotice, @Nullable NextPlan nextPlan, Participation participation,
        Map<String, Long> pointsByCategory, Supermarket supermarket, List<MilestoneProgress> milestones,
        List<String> behind) {

    /** Eligible households with at least one event in the month, and their share in percent (rounded). */
    public record Participation(YearMonth month, long eligible, long active, int percent) {
    }

    /**
     * The month's redemptions (count, points redeemed), its cancellations (count, points returned: the month's points
     * used are {@code pointsRedeemed - pointsReturned}), the items on sale now, and the reward fund in yuan by the
     * entries' dates, as in the village's books for the month: held at its start, received and spent in it, held at
     * its end (ADR 0113).
     */
    public record Supermarket(YearMonth month, long redemptions, long pointsRedeemed, long cancellations,
            long pointsReturned, long rewardsOnSale, BigDecimal fundOpening, BigDecimal fundReceived,
            BigDecimal fundSpent, BigDecimal fundBalance) {
    }

    /**
     * The plan in force this month as filed: its version, hash, and who activated it when, from which month on
     * ({@code from}, {@code yyyy-MM}; null: every month).
     */
    public record FiledPlan(int version, String sha256, int rules, java.time.@Nullable Instant activatedAt,
            @Nullable String activatedBy, @Nullable YearMonth from) {
    }

    /** A version that takes over from a later month on: which, from when, activated by whom and when. */
    public record NextPlan(int version, @Nullable YearMonth from, java.time.Instant activatedAt, String activatedBy) {
    }
}
