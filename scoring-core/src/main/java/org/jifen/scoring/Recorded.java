package org.jifen.scoring;

/** An event result, and whether this call recorded it ({@code false}: a replay of the first recording). */
public record Recorded(EventResult result, boolean created) implements EventOutcome {
}
