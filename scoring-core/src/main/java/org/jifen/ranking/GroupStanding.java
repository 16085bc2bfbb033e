package org.jifen.ranking;

import java.math.BigDecimal;

/** A villager group in its village: its households, their points, the average a household, and its rank by it. */
public record GroupStanding(String group, int households, int points, BigDecimal average, int rank) {
}
