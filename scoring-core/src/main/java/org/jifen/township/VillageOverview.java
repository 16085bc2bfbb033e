package org.jifen.township;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One village as the township sees it. {@code activePlan} is the plan filed with the township (上报备案): a plan
 * takes effect only by activation, and activation files it, with who and when. For the month asked about (this month
 * unless said): who took part and the points the rules gave by category (as the rules asked, before the month's
 * arithmetic); the points supermarket's redemptions that month and the reward fund; and the plan's milestones in
 * the plan's year, with the ones the village is {@code behind} on.
 */
public record VillageOverview(String code, String name, boolean demo, long households, long eligibleHouseholds,
        @Nullable Integer activePlanVersion, @Nullable FiledPlan activePlan, long groupMembers,
        long monthsFinalised, @Nullable String lastNotice, Participation participation,
        Map<String, Long> pointsByCategory, Supermarket supermarket, List<MilestoneProgress> milestones,
        List<String> behind) {

    /** Eligible households with at least one event in the month, and their share in percent (rounded). */
    public record Participation(String month, long eligible, long active, int percent) {
    }

    /**
     * The month's redemptions (count, points, cancellations), the items on sale now, and the reward fund in yuan:
     * received and spent so far, and held.
     */
    public record Supermarket(String month, long redemptions, long pointsRedeemed, long cancellations,
            long rewardsOnSale, BigDecimal fundReceived, BigDecimal fundSpent, BigDecimal fundBalance) {
    }

    /** The active plan as filed: its version, hash, and who activated it when. */
    public record FiledPlan(int version, String sha256, int rules, java.time.@Nullable Instant activatedAt,
            @Nullable String activatedBy) {
    }
}
