package org.jifen.balance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A household's spendable points, as pure arithmetic over what is recorded: the finalised months' totals ("lots",
 * spendable from the day their month was finalised, until the day their rule says) and the movements of the ledger
 * (spent, returned, expired), in the order they were recorded.
 *
 * <p>The account is replayed day by day. A redemption takes the points that expire first; a cancellation puts back
 * exactly the points its redemption took, and those whose day has passed expire again at once, so a cancellation
 * never revives expired points. On a lot's expiry day, whatever is left of it expires. Recorded expiries are what
 * an earlier replay found due; what the replay finds beyond them is due now. So {@code available = earned - redeemed
 * - expired + returned}, and never below zero: a redemption takes at most what is available.
 */
public final class PointsAccount {

    /** A finalised month's total, spendable from the day the month was finalised, under its expiry rule. */
    public record Lot(YearMonth month, int points, LocalDate spendableFrom, ExpiryRule rule) {

        /** The first day the lot's points can no longer be spent, or null. */
        public @Nullable LocalDate expiresOn() {
            return rule.expiresOn(this);
        }
    }

    /**
     * A recorded movement, on the day it was recorded. {@code redemption} ties a return to the spending it gives back;
     * {@code expiredOn} is the day an expiry took effect (for {@code EXPIRED} only).
     */
    public record Movement(PointsKind kind, int points, LocalDate on, @Nullable Long redemption,
            @Nullable LocalDate expiredOn) {
    }

    /**
     * Points that stop being spendable on {@code on} (the first day they cannot be spent), the months they were earned
     * in, the rule that expires them, and {@code again} when an expiry of that day is on record already (these are
     * points a cancellation returned after it).
     */
    public record Expiry(LocalDate on, int points, List<YearMonth> months, ExpiryRule rule, boolean again) {

        public String reason() {
            return rule.reason(on, points, months, again);
        }
    }

    /** The balance: {@code spent} is net of returns, so {@code available = earned - spent - expired}. */
    public record Figures(int earned, int redeemed, int returned, int spent, int expired, int available, int honour) {
    }

    /** What became of a lot: spent (net of returns), expired, and what is left to spend. */
    public record LotUse(Lot lot, int spent, int expired, int remaining) {
    }

    private final List<Lot> lots;
    private final List<Movement> movements;

    public PointsAccount(List<Lot> lots, List<Movement> movements) {
        this.lots = List.copyOf(lots);
        this.movements = List.copyOf(movements);
    }

    public int earned() {
        return lots.stream().mapToInt(Lot::points).sum();
    }

    /** The figures as of {@code today}, expiries that are due but not yet recorded included. */
    public Figures figures(LocalDate today) {
        Replay replay = replay(today);
        int earned = earned();
        int redeemed = sum(PointsKind.SPENT);
        int returned = sum(PointsKind.RETURNED);
        int expired = 0;
        for (LocalDate day : replay.allDays()) {
            expired += Math.max(replay.computed(day), replay.recorded(day));
        }
        return new Figures(earned, redeemed, returned, redeemed - returned, expired,
                earned - redeemed + returned - expired, earned);
    }

    /** The expiries that have taken effect by {@code today} and are not yet on record, oldest first. */
    public List<Expiry> due(LocalDate today) {
        Replay replay = replay(today);
        List<Expiry> due = new ArrayList<>();
        for (Map.Entry<LocalDate, Found> day : replay.found.entrySet()) {
            int recorded = replay.recorded(day.getKey());
            int points = day.getValue().points - recorded;
            if (points > 0) {
                due.add(new Expiry(day.getKey(), points, List.copyOf(new TreeSet<>(day.getValue().months)),
                        day.getValue().rule, recorded > 0));
            }
        }
        return due;
    }

    /** The next expiry after {@code today} if nothing is spent or earned in between; null when none is coming. */
    public @Nullable Expiry next(LocalDate today) {
        Replay replay = replay(today);
        Map<LocalDate, List<State>> coming = new TreeMap<>();
        for (State state : replay.states) {
            LocalDate on = state.lot.expiresOn();
            if (on != null && on.isAfter(today) && !state.expired && state.remaining > 0) {
                coming.computeIfAbsent(on, day -> new ArrayList<>()).add(state);
            }
        }
        return coming.entrySet().stream().findFirst()
                .map(day -> new Expiry(day.getKey(), day.getValue().stream().mapToInt(s -> s.remaining).sum(),
                        day.getValue().stream().map(s -> s.lot.month()).sorted().toList(),
                        day.getValue().get(0).lot.rule(), false))
                .orElse(null);
    }

    /** What became of each lot by {@code today}, in the order the lots are used (soonest expiry first). */
    public List<LotUse> uses(LocalDate today) {
        return replay(today).states.stream().sorted(State.USE_ORDER)
                .map(state -> new LotUse(state.lot, state.spent, state.expiredPoints, state.remaining)).toList();
    }

    private int sum(PointsKind kind) {
        return movements.stream().filter(m -> m.kind() == kind).mapToInt(Movement::points).sum();
    }

    /** A lot as the replay goes: present once spendable; what is spent, expired and left of it. */
    private static final class State {

        static final Comparator<State> USE_ORDER = Comparator
                .comparing((State s) -> s.lot.expiresOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.lot.month());

        final Lot lot;
        boolean present;
        boolean expired;
        int remaining;
        int spent;
        int expiredPoints;

        State(Lot lot) {
            this.lot = lot;
        }
    }

    /** Points the replay found expiring on a day, and from which months, under which rule. */
    private static final class Found {

        int points;
        final List<YearMonth> months = new ArrayList<>();
        final ExpiryRule rule;

        Found(ExpiryRule rule) {
            this.rule = rule;
        }
    }

    private final class Replay {

        final List<State> states = lots.stream().map(State::new).toList();
        final Map<LocalDate, Found> found = new TreeMap<>();
        final Map<LocalDate, Integer> recordedByDay = new HashMap<>();
        final Map<Long, Map<State, Integer>> taken = new HashMap<>();

        int computed(LocalDate day) {
            Found on = found.get(day);
            return on == null ? 0 : on.points;
        }

        int recorded(LocalDate day) {
            return recordedByDay.getOrDefault(day, 0);
        }

        TreeSet<LocalDate> allDays() {
            TreeSet<LocalDate> days = new TreeSet<>(found.keySet());
            days.addAll(recordedByDay.keySet());
            return days;
        }

        void run(LocalDate today) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (Lot lot : lots) {
                days.add(lot.spendableFrom());
                LocalDate on = lot.expiresOn();
                if (on != null && !on.isAfter(today)) {
                    days.add(on);
                }
            }
            // Movements are in the order they were recorded; a clock set back never reorders them.
            Map<LocalDate, List<Movement>> byDay = new LinkedHashMap<>();
            LocalDate last = LocalDate.MIN;
            for (Movement movement : movements) {
                last = movement.on().isAfter(last) ? movement.on() : last;
                byDay.computeIfAbsent(last, day -> new ArrayList<>()).add(movement);
                days.add(last);
            }
            for (LocalDate day : days) {
                for (State state : states) {
                    if (!state.present && !state.lot.spendableFrom().isAfter(day)) {
                        state.present = true;
                        state.remaining = state.lot.points();
                    }
                }
                if (!day.isAfter(today)) {
                    for (State state : states) {
                        LocalDate on = state.lot.expiresOn();
                        if (state.present && !state.expired && on != null && !on.isAfter(day)) {
                            expire(state, on, state.remaining);
                            state.expired = true;
                            state.remaining = 0;
                        }
                    }
                }
                for (Movement movement : byDay.getOrDefault(day, List.of())) {
                    apply(movement);
                }
            }
        }

        private void apply(Movement movement) {
            switch (movement.kind()) {
                case SPENT -> spend(movement);
                case RETURNED -> giveBack(movement);
                case EXPIRED -> {
                    if (movement.expiredOn() != null) {
                        recordedByDay.merge(movement.expiredOn(), movement.points(), Integer::sum);
                    }
                }
            }
        }

        private void spend(Movement movement) {
            int left = movement.points();
            Map<State, Integer> from = new LinkedHashMap<>();
            for (State state : states.stream().filter(s -> s.present && !s.expired).sorted(State.USE_ORDER).toList()) {
                int take = Math.min(left, state.remaining);
                if (take > 0) {
                    state.remaining -= take;
                    state.spent += take;
                    from.merge(state, take, Integer::sum);
                    left -= take;
                }
            }
            if (movement.redemption() != null) {
                taken.put(movement.redemption(), from);
            }
        }

        private void giveBack(Movement movement) {
            Map<State, Integer> from = movement.redemption() == null ? null : taken.remove(movement.redemption());
            if (from == null) {
                return;
            }
            from.forEach((state, points) -> {
                state.spent -= points;
                LocalDate on = state.lot.expiresOn();
                if (state.expired && on != null) {
                    expire(state, on, points);
                } else {
                    state.remaining += points;
                }
            });
        }

        private void expire(State state, LocalDate on, int points) {
            if (points <= 0) {
                return;
            }
            Found day = found.computeIfAbsent(on, d -> new Found(state.lot.rule()));
            day.points += points;
            day.months.add(state.lot.month());
            state.expiredPoints += points;
        }
    }

    private Replay replay(LocalDate today) {
        Replay replay = new Replay();
        replay.run(today);
        return replay;
    }
}
