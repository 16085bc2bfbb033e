package org.jifen.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per username and per remote address, in this process's memory, and locks out a username or
 * address that failed too often: for {@code lockout}, then twice as long at each further lock-out, up to
 * {@code maxLockout}. A success clears the username (not the address: one good account must not reset a guesser's
 * address). Time is a monotonic ticker, not the service clock, which tests and demonstrations may stop.
 *
 * <p>Lock-outs are also posted on a {@link LockoutBoard} the other nodes read (ADR 0160); there only the wall clock
 * means the same to every node.
 */
final class LoginThrottle {

    /** What a lock-out check or a failure found: who is locked out, and for how long still. */
    record Lockout(String scope, Duration remaining) {
    }

    private static final class Tally {
        final ArrayDeque<Long> failures = new ArrayDeque<>();
        long lockedUntil;
        int lockouts;
        long lastSeen;
    }

    private final LoginSettings settings;
    private final LongSupplier nanoTime;
    private final LockoutBoard board;
    private final LongSupplier wallMillis;
    private final Map<String, Tally> tallies = new HashMap<>();

    LoginThrottle(LoginSettings settings, LongSupplier nanoTime) {
        this(settings, nanoTime, LockoutBoard.NONE, System::currentTimeMillis);
    }

    LoginThrottle(LoginSettings settings, LongSupplier nanoTime, LockoutBoard board, LongSupplier wallMillis) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.board = board;
        this.wallMillis = wallMillis;
    }

    /** The lock-out that refuses this login before any password is checked, if any (the longer of the two). */
    synchronized Optional<Lockout> lockedOut(String username, String address) {
        long now = nanoTime.getAsLong();
        long wall = wallMillis.getAsLong();
        Map<String, LockoutBoard.Posted> posted = board.recent();
        return longer(longer(remaining("user", userKey(username), now), posted("user", userKey(username), posted, wall)),
                longer(remaining("address", addressKey(address), now),
                        posted("address", addressKey(address), posted, wall)));
    }

    private static Optional<Lockout> longer(Optional<Lockout> one, Optional<Lockout> other) {
        if (one.isPresent() && other.isPresent()) {
            return one.get().remaining().compareTo(other.get().remaining()) >= 0 ? one : other;
        }
        return one.isPresent() ? one : other;
    }

    /** A lock-out another node (or this one) posted. */
    private static Optional<Lockout> posted(String scope, String key, Map<String, LockoutBoard.Posted> posted,
            long wall) {
        LockoutBoard.Posted lockout = posted.get(key);
        return lockout == null || lockout.untilMillis() <= wall ? Optional.empty()
                : Optional.of(new Lockout(scope, Duration.ofMillis(lockout.untilMillis() - wall)));
    }

    /** Counts a failed login; answers the lock-out it started, if it started one. */
    synchronized Optional<Lockout> failed(String username, String address) {
        long now = nanoTime.getAsLong();
        Optional<Lockout> user = count("user", userKey(username), settings.failuresPerUser(), now);
        Optional<Lockout> from = count("address", addressKey(address), settings.failuresPerAddress(), now);
        return user.isPresent() ? user : from;
    }

    synchronized void succeeded(String username) {
        tallies.remove(userKey(username));
        board.forget(userKey(username));
    }

    synchronized int tracked() {
        return tallies.size();
    }

    private Optional<Lockout> remaining(String scope, String key, long now) {
        Tally tally = tallies.get(key);
        return tally == null || tally.lockedUntil - now <= 0 ? Optional.empty()
                : Optional.of(new Lockout(scope, Duration.ofNanos(tally.lockedUntil - now)));
    }

    private Optional<Lockout> count(String scope, String key, int limit, long now) {
        Tally tally = tallies.get(key);
        if (tally == null) {
            makeRoom();
            tally = new Tally();
            tallies.put(key, tally);
        }
        tally.lastSeen = now;
        long windowStart = now - settings.window().toNanos();
        while (!tally.failures.isEmpty() && tally.failures.peekFirst() - windowStart < 0) {
            tally.failures.removeFirst();
        }
        tally.failures.addLast(now);
        if (tally.failures.size() < limit) {
            return Optional.empty();
        }
        tally.failures.clear();
        LockoutBoard.Posted before = board.recent().get(key);
        int lockouts = Math.max(tally.lockouts, before == null ? 0 : before.lockouts());
        Duration lockout = settings.lockout().multipliedBy(1L << Math.min(lockouts, 20));
        if (lockout.compareTo(settings.maxLockout()) > 0) {
            lockout = settings.maxLockout();
        }
        tally.lockouts = lockouts + 1;
        tally.lockedUntil = now + lockout.toNanos();
        board.post(key, new LockoutBoard.Posted(wallMillis.getAsLong() + lockout.toMillis(), tally.lockouts));
        return Optional.of(new Lockout(scope, lockout));
    }

    /** Bounded memory: when full, forgets a tenth, those not locked out and least recently seen first. */
    private void makeRoom() {
        if (tallies.size() < settings.tracked()) {
            return;
        }
        long now = nanoTime.getAsLong();
        tallies.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Tally>>comparingInt(e -> e.getValue().lockedUntil - now > 0 ? 1 : 0)
                        .thenComparingLong(e -> e.getValue().lastSeen - now))
                .limit(Math.max(1, settings.tracked() / 10))
                .map(Map.Entry::getKey).toList()
                .forEach(tallies::remove);
    }

    /** Usernames are cut so that a guesser cannot fill memory with long ones. */
    private static String userKey(String username) {
        return "u:" + (username.length() > 64 ? username.substring(0, 64) : username);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
