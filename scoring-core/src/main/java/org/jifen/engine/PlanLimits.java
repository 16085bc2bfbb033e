package org.jifen.engine;

import java.time.Duration;

/**
 * What one event (or one household's month) may cost a plan (ADR 0047).
 *
 * @param fireLimit the most rule firings one run may cause; more means a loop
 * @param fireTime the most CPU time one run may take; a plan that needs more has a fault, named by its rule. The run
 *     is halted at ten times this in wall-clock time whatever happens.
 */
public record PlanLimits(int fireLimit, Duration fireTime) {

    public static final Duration DEFAULT_FIRE_TIME = Duration.ofMillis(500);
    /**
     * The most an event's quantity may be: staff cannot record more (RecordEvent), a plan's own tests cannot try more,
     * and the rule-file check reasons with it (ADR 0195).
     */
    public static final int MAX_QUANTITY = 10_000;
    /**
     * The longest value an event attribute may have (RecordEvent, a plan's own tests), and so the longest text or
     * number a rule may write in its conditions: a rule cannot compare with a value no event can carry.
     */
    public static final int MAX_ATTRIBUTE_VALUE = 200;

    public PlanLimits {
        if (fireLimit < 1 || fireTime.isNegative() || fireTime.isZero()) {
            throw new IllegalArgumentException("fire limit and fire time must be positive");
        }
    }

    public static PlanLimits firing(int fireLimit) {
        return new PlanLimits(fireLimit, DEFAULT_FIRE_TIME);
    }
}
