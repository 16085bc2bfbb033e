package org.jifen.plan;

import java.time.Duration;
import org.jifen.engine.PlanLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one plan may do (ADR 0047, 0048).
 *
 * @param fireLimit the most rule firings one event (or one household's month) may cause; more means a loop
 * @param fireTimeLimit the most CPU time one event (or month) may take in the plan; more is the plan's fault
 * @param check how uploads are checked before they are stored
 * @param cached how many compiled plan versions are kept in memory at most, counted by weight (ADR 0101, 0192):
 *     a plan weighs one per 10,000 characters of rule text (a pilot plan about one, a plan at the limits about
 *     twelve); one not kept is compiled again from its stored files when it is needed (~0.5 s once)
 * @param rescoreAtMost the most ledger entries one activation (or its dry run) reads and writes together (ADR 0163,
 *     0194): the entries of the months it re-scores, and every entry it writes, reversals, new awards and the
 *     month-end run again; more is refused with the next month to activate from instead, counted in memory before
 *     anything is written (ADR 0217). A village of 800
 *     households at ~20 entries a month re-scores a month in 16,000 entries and writes about 32,000
 * @param monthEndAtMost the most ledger entries one month-end (an evaluation, or the one a finalisation runs) may
 *     write (ADR 0194); more is refused, nothing written. A village of 800 households and 5 month-end rules writes
 *     about 4,000
 * @param rescoringTownshipAtMost the most entries the re-scorings running at once in this node may hold together
 *     (ADR 0217): each activation, dry run or simulation holds what it counts, one village at a time; past it a
 *     further one is answered 503 at once. One act alone always runs. Default 1.5 times {@code rescoreAtMost}: a
 *     village at the bound leaves the other villages half a bound, a real village's activation (~48,000) and any
 *     simulation of a real month
 */
@ConfigurationProperties("jifen.plans")
public record PlanSettings(@DefaultValue("1000") int fireLimit, @DefaultValue("500ms") Duration fireTimeLimit,
        @DefaultValue Check check, @DefaultValue("200") int cached, @DefaultValue("100000") long rescoreAtMost,
        @DefaultValue("100000") long monthEndAtMost, @DefaultValue("150000") long rescoringTownshipAtMost,
        @DefaultValue("10s") Duration rescoringWait) {

    /**
     * An upload is compiled and its tests run in a separate JVM before the service keeps it.
     *
     * @param isolated check in a separate JVM (the default); false compiles in the service itself, which only the
     *     full-application tests do for speed (SafePlansIT runs the isolated check)
     * @param memory the checking JVM's heap ({@code -Xmx}); it exits when the plan needs more
     * @param timeLimit the CPU time the checking JVM may use before it is killed and the plan refused; it may wait
     *     three times as long for it (at least 30 s), then it is stopped and the upload answered 503 (ADR 0201)
     * @param concurrency how many checks may run at once, across all villages (one per village at a time)
     * @param queueWait how long an upload waits for a free check before it is answered 503
     * @param smallLane how many more checks only small uploads may run (ADR 0226), so that a village's ordinary plan
     *     never waits behind other villages' large ones; 0 queues every upload alike
     * @param smallAtMost the most bytes of files an upload may have to be small: a real village's plan with its tests
     *     is ~12 KB; checking one takes ~3 s, mostly the checking JVM's start
     */
    public record Check(@DefaultValue("true") boolean isolated, @DefaultValue("256MB") DataSize memory,
            @DefaultValue("60s") Duration timeLimit, @DefaultValue("2") int concurrency,
            @DefaultValue("20s") Duration queueWait, @DefaultValue("1") int smallLane,
            @DefaultValue("64KB") DataSize smallAtMost) {
    }

    PlanLimits limits() {
        return new PlanLimits(fireLimit, fireTimeLimit);
    }
}
