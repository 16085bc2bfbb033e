package org.jifen.scoring;

/** How many events of one type a household had in a month, and their summed quantities. */
public record EventTally(long householdId, String type, long count, long quantity) {
}
