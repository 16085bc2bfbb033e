package org.jifen.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A household's spendable points, as pure arithmetic over what is recorded: the finalised months' totals ("lots",
 * spendable from their finalisation) and the movements of the ledger (spent, returned, expired).
 * {@code available = earned - spent - expired + returned}, and never below zero: a redemption takes at most what
 * is available, and an expiry takes at most what is left of the points whose time is up.
 *
 * <p>Points are used oldest-expiry first, so the points that expire on a day are what the lots expiring by then
 * earned, less everything spent net of returns, less what already expired. That is computed afresh for every day
 * that has passed: points a cancellation returns after their day are expired again at once, never revived.
 */
public final class PointsAccount {

    /** A finalised month's total, spendable from the day the month was finalised. */
    public record Lot(String month, int points, LocalDate spendableFrom) {
    }

    /** A recorded movement; {@code expiredOn} is the day an expiry took effect (for {@code EXPIRED} only). */
    public record Movement(PointsKind kind, int points, @Nullable LocalDate expiredOn) {
    }

    /**
     * Points that stop being spendable on {@code on} (the first day they cannot be spent), the months whose points
     * expire that day, and {@code again} when an expiry on that day is on record already (these are points a
     * cancellation returned after it).
     */
    public record Expiry(LocalDate on, int points, List<String> months, boolean again) {
    }

    /** The balance: {@code spent} is net of returns, so {@code available = earned - spent - expired}. */
    public record Figures(int earned, int redeemed, int returned, int spent, int expired, int available, int honour) {
    }

    private final List<Lot> lots;
    private final List<Movement> movements;
    private final ExpiryRule rule;

    public PointsAccount(List<Lot> lots, List<Movement> movements, ExpiryRule rule) {
        this.lots = List.copyOf(lots);
        this.movements = List.copyOf(movements);
        this.rule = rule;
    }

    public ExpiryRule rule() {
        return rule;
    }

    public int earned() {
        return lots.stream().mapToInt(Lot::points).sum();
    }

    /** The figures as of {@code today}, expiries that are due but not yet recorded included. */
    public Figures figures(LocalDate today) {
        int dueNow = due(today).stream().mapToInt(Expiry::points).sum();
        int earned = earned();
        int redeemed = sum(PointsKind.SPENT);
        int returned = sum(PointsKind.RETURNED);
        int expired = sum(PointsKind.EXPIRED) + dueNow;
        return new Figures(earned, redeemed, returned, redeemed - returned, expired,
                earned - redeemed + returned - expired, earned);
    }

    /** The expiries that have taken effect by {@code today} and are not yet on record, oldest first. */
    public List<Expiry> due(LocalDate today) {
        return expiries(today, false);
    }

    /** The next expiry after {@code today} if nothing is spent or earned in between; null when none is coming. */
    public @Nullable Expiry next(LocalDate today) {
        List<Expiry> coming = expiries(today, true);
        return coming.isEmpty() ? null : coming.get(0);
    }

    private List<Expiry> expiries(LocalDate today, boolean coming) {
        Map<LocalDate, List<Lot>> byDay = new TreeMap<>();
        for (Lot lot : lots) {
            LocalDate on = rule.expiresOn(lot);
            if (on != null) {
                byDay.computeIfAbsent(on, day -> new ArrayList<>()).add(lot);
            }
        }
        Set<LocalDate> recorded = movements.stream().filter(m -> m.kind() == PointsKind.EXPIRED)
                .map(Movement::expiredOn).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        long netSpent = (long) sum(PointsKind.SPENT) - sum(PointsKind.RETURNED);
        long expired = sum(PointsKind.EXPIRED);
        long expiring = 0;
        List<Expiry> found = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Lot>> day : byDay.entrySet()) {
            expiring += day.getValue().stream().mapToLong(Lot::points).sum();
            long points = expiring - netSpent - expired;
            if (points <= 0) {
                continue;
            }
            boolean past = !day.getKey().isAfter(today);
            if (past != coming) {
                found.add(new Expiry(day.getKey(), (int) points,
                        day.getValue().stream().map(Lot::month).sorted().toList(), recorded.contains(day.getKey())));
                if (coming) {
                    return found;
                }
            }
            expired += points;
        }
        return found;
    }

    private int sum(PointsKind kind) {
        return movements.stream().filter(m -> m.kind() == kind).mapToInt(Movement::points).sum();
    }
}
