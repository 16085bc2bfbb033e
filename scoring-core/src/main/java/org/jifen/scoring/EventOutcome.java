package org.jifen.scoring;

import org.jifen.problem.Refusal;

/**
 * What became of one event of a batch: {@link Recorded} (or replayed), or {@link Refused} with the refusal that says
 * why. A batch answers one per event, in order; one event's refusal is its own.
 */
public sealed interface EventOutcome permits Recorded, EventOutcome.Refused {

    /** The event was refused before it wrote anything. */
    record Refused(Refusal refusal) implements EventOutcome {
    }
}
