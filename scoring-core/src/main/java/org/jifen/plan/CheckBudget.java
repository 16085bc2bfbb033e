package org.jifen.plan;

import java.time.Duration;

/**
 * What a plan check is charged (ADR 0201): the CPU time of the checking JVM, all its threads (its own, the
 * collector's, the compiler's), not the wall-clock time. On a loaded machine an honest plan gets little of a core
 * and was refused after 60 s of waiting; a plan that keeps two cores busy paid for one. Past its CPU the check is the
 * plan's fault and it is refused; a check that has used less but has waited {@link #wall} (the machine too busy to
 * give it its share) is stopped and the upload answered 503, to be tried again, since the plan did nothing wrong.
 *
 * @param cpu the CPU time the checking JVM may use: {@code jifen.plans.check.time-limit}
 * @param wall how long a check may wait for it: three times as long, at least 30 s
 */
record CheckBudget(Duration cpu, Duration wall) {

    private static final int WAITING_FACTOR = 3;
    private static final Duration LEAST_WAIT = Duration.ofSeconds(30);

    enum Spent { WITHIN, CPU, WAITED }

    static CheckBudget of(Duration timeLimit) {
        Duration wall = timeLimit.multipliedBy(WAITING_FACTOR);
        return new CheckBudget(timeLimit, wall.compareTo(LEAST_WAIT) < 0 ? LEAST_WAIT : wall);
    }

    /** Whether a check that has used {@code cpuUsed} after {@code elapsed} may go on, and if not why. */
    Spent after(Duration cpuUsed, Duration elapsed) {
        if (cpuUsed.compareTo(cpu) > 0) {
            return Spent.CPU;
        }
        return elapsed.compareTo(wall) > 0 ? Spent.WAITED : Spent.WITHIN;
    }
}
