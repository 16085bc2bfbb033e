package org.jifen.township;

import org.jspecify.annotations.Nullable;

/**
 * One village as the township sees it. {@code activePlan} is the plan filed with the township (上报备案): a plan
 * takes effect only by activation, and activation files it, with who and when.
 */
public record VillageOverview(String code, String name, boolean demo, long households, long eligibleHouseholds,
        @Nullable Integer activePlanVersion, @Nullable FiledPlan activePlan, long groupMembers,
        long monthsFinalised, @Nullable String lastNotice) {

    /** The active plan as filed: its version, hash, and who activated it when. */
    public record FiledPlan(int version, String sha256, int rules, java.time.@Nullable Instant activatedAt,
            @Nullable String activatedBy) {
    }
}
