package org.jifen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The lock-out arithmetic, on a ticker the test moves: thresholds, the window, growth, resets and bounded memory. */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(new LoginSettings(5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofMinutes(5), 100, Duration.ofSeconds(2)), now::get);

    @Test
    void theFifthFailureWithinTheWindowLocksTheUsernameOutForAMinute() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("li", "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.lockedOut("li", "10.0.0.1")).isEmpty();

        assertThat(throttle.failed("li", "10.0.0.1")).hasValue(new LoginThrottle.Lockout("user", Duration.ofMinutes(1)));
        assertThat(throttle.lockedOut("li", "10.0.0.9")).as("from anywhere").isPresent();
        assertThat(throttle.lockedOut("wang", "10.0.0.1")).as("another user from the same office").isEmpty();
        advance(Duration.ofSeconds(59));
        assertThat(throttle.lockedOut("li", "10.0.0.1").orElseThrow().remaining()).isEqualTo(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedOut("li", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("li", "10.0.0.1");
        }
        advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.failed("li", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachFurtherLockOutLastsTwiceAsLongUpToTheLongest() {
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
            Duration.ofMinutes(5), Duration.ofMinutes(5)};
        for (Duration lockout : expected) {
            for (int i = 0; i < 4; i++) {
                throttle.failed("li", "10.0.0." + i);
            }
            assertThat(throttle.failed("li", "10.0.0.4").orElseThrow().remaining()).isEqualTo(lockout);
            advance(lockout);
        }
    }

    @Test
    void aSuccessClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("li", "10.0.0.1");
        }
        for (int i = 0; i < 15; i++) {
            throttle.failed("guess-" + i, "10.0.0.1");
        }
        throttle.succeeded("li");

        assertThat(throttle.failed("li", "10.0.0.2")).as("the username starts again").isEmpty();
        assertThat(throttle.failed("li", "10.0.0.1")).as("the address's 20th failure")
                .hasValue(new LoginThrottle.Lockout("address", Duration.ofMinutes(1)));
        assertThat(throttle.lockedOut("zhang", "10.0.0.1")).isPresent();
    }

    @Test
    void memoryIsBoundedAndLockOutsAreForgottenLast() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("li", "10.0.0.1");
        }
        for (int i = 0; i < 1_000; i++) {
            advance(Duration.ofMillis(1));
            throttle.failed("guess-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(100);
        assertThat(throttle.lockedOut("li", "10.9.9.9")).isPresent();
    }

    @Test
    void aLockOutOnOneNodeRefusesOnTheOtherAndTheNextOneThereLastsTwiceAsLong() {
        Map<String, LockoutBoard.Posted> posted = new HashMap<>();
        LockoutBoard shared = new LockoutBoard() {
            @Override
            public Map<String, Posted> recent() {
                return Map.copyOf(posted);
            }

            @Override
            public void post(String key, Posted lockout) {
                posted.put(key, lockout);
            }

            @Override
            public void forget(String key) {
                posted.remove(key);
            }
        };
        AtomicLong wall = new AtomicLong(1_700_000_000_000L);
        LoginSettings settings = new LoginSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofMinutes(5), 100, Duration.ofSeconds(2));
        // Each node has its own ticker; only the wall clock is common.
        LoginThrottle one = new LoginThrottle(settings, new AtomicLong(5L)::get, shared, wall::get);
        LoginThrottle other = new LoginThrottle(settings, new AtomicLong(-9_000_000_000L)::get, shared, wall::get);

        for (int i = 0; i < 5; i++) {
            one.failed("li", "10.0.0.1");
        }
        assertThat(other.lockedOut("li", "10.0.0.2")).hasValue(new LoginThrottle.Lockout("user", Duration.ofMinutes(1)));

        wall.addAndGet(Duration.ofMinutes(1).toMillis());
        assertThat(other.lockedOut("li", "10.0.0.2")).isEmpty();
        for (int i = 0; i < 4; i++) {
            assertThat(other.failed("li", "10.0.0.2")).isEmpty();
        }
        assertThat(other.failed("li", "10.0.0.2")).as("the second lock-out, on the other node")
                .hasValue(new LoginThrottle.Lockout("user", Duration.ofMinutes(2)));
        assertThat(one.lockedOut("li", "10.0.0.1").orElseThrow().remaining()).isEqualTo(Duration.ofMinutes(2));

        wall.addAndGet(Duration.ofMinutes(2).toMillis());
        other.succeeded("li");
        assertThat(posted).as("a good login clears the username everywhere").doesNotContainKey("u:li");
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
