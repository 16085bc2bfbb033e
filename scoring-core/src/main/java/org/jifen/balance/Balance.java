package org.jifen.balance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A household's points balance. {@code earned}: every finalised month's total (also its {@code honour} points, which
 * never expire); {@code redeemed}: spent on redemptions; {@code returned}: given back by cancellations; {@code spent}:
 * {@code redeemed - returned}; {@code expired}: taken by expiry (due ones included); {@code available = earned -
 * spent - expired}, never below zero.
 */
public record Balance(long householdId, String householdNo, String headName, String group, int earned,
        int redeemed, int returned, int spent, int expired, int available, int honour, ExpiryPolicy policy,
        @Nullable Coming nextExpiry, List<Month> months, List<Entry> entries) {

    /** Points that will expire on {@code on} unless they are spent first. */
    public record Coming(LocalDate on, int points) {
    }

    /**
     * A finalised month's points: spendable since its finalisation, until {@code expiresOn} (null: no end); how many
     * were spent on redemptions (soonest-expiring points are used first), expired, and are left.
     */
    public record Month(YearMonth month, int points, LocalDate spendableSince, @Nullable LocalDate expiresOn, int spent,
            int expired, int remaining) {
    }

    /**
     * One movement of the ledger, newest first. Expiries are entries too: recorded when the balance is read, before
     * the household's points move, or overnight, whichever comes first (ADR 0110).
     */
    public record Entry(Long id, PointsKind kind, String label, int points, @Nullable LocalDate expiredOn,
            String reason, @Nullable String recordedBy, @Nullable Instant recordedAt) {
    }
}
