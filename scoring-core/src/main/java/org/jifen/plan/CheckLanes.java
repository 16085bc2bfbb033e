package org.jifen.plan;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The plan checks that may run at once (ADR 0048, 0226): {@code concurrency} shared by every upload, taken in the
 * order asked for, and a lane of {@code smallLane} more that only small uploads ({@code smallAtMost} bytes of files at
 * most, a real village's plan with its tests being ~12 KB) may take. A small upload also takes a free shared check
 * before the large ones waiting for it. Two villages looping uploads of a plan that takes 35–50 s to check held
 * both shared checks, and a third village's 1.4 KB upload waited 11–32 s for one of them (tenth outside attack, F9);
 * now it starts at once in the lane. Without a lane every upload queues alike.
 */
final class CheckLanes {

    /** How often a small upload waiting for a check looks at the shared checks again. */
    private static final Duration POLL = Duration.ofMillis(50);

    private final Semaphore shared;
    private final Semaphore small;
    private final long smallAtMost;
    private final boolean lane;

    CheckLanes(int concurrency, int smallLane, long smallAtMost) {
        this.shared = new Semaphore(Math.max(concurrency, 1), true);
        this.small = new Semaphore(Math.max(smallLane, 0), true);
        this.smallAtMost = smallAtMost;
        this.lane = smallLane > 0;
    }

    /**
     * A check for an upload of {@code bytes}, to {@link Semaphore#release() release} when it ends; null when none was
     * free within {@code wait}.
     */
    @Nullable Semaphore take(long bytes, Duration wait) throws InterruptedException {
        if (!small(bytes) || !lane) {
            return shared.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS) ? shared : null;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (shared.tryAcquire()) {
                return shared;
            }
            long left = Math.max(0, deadline - System.nanoTime());
            if (small.tryAcquire(Math.min(left, POLL.toNanos()), TimeUnit.NANOSECONDS)) {
                return small;
            }
            if (System.nanoTime() >= deadline) {
                return null;
            }
        }
    }

    /** Whether an upload of {@code bytes} is small. */
    boolean small(long bytes) {
        return bytes <= smallAtMost;
    }

    /** How many more checks any upload may start now; tests wait on it. */
    int freeShared() {
        return shared.availablePermits();
    }
}
