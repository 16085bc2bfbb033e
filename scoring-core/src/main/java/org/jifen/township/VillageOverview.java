package org.jifen.township;

import org.jspecify.annotations.Nullable;

/**
 * One village as the township sees it. {@code activePlan} is the plan filed with the township (上报备案) that governs
 * this month: a plan takes effect only by activation, and activation files it, with who, when and from which month.
 * {@code nextPlan} is a version activated from a later month on, if there is one (ADR 0055).
 */
public record VillageOverview(String code, String name, boolean demo, long households, long eligibleHouseholds,
        @Nullable Integer activePlanVersion, @Nullable FiledPlan activePlan, long groupMembers,
        long monthsFinalised, @Nullable String lastNotice, @Nullable NextPlan nextPlan) {

    /**
     * The plan in force this month as filed: its version, hash, and who activated it when, from which month on
     * ({@code from}, {@code yyyy-MM}; null: every month).
     */
    public record FiledPlan(int version, String sha256, int rules, java.time.@Nullable Instant activatedAt,
            @Nullable String activatedBy, @Nullable String from) {
    }

    /** A version that takes over from a later month on: which, from when, activated by whom and when. */
    public record NextPlan(int version, @Nullable String from, java.time.Instant activatedAt, String activatedBy) {
    }
}
