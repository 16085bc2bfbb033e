package org.jifen.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The township's villages ranked for a period by the average points a household earned in a finalised month, so
 * that villages of different sizes, and with different months finalised so far, compare fairly.
 */
public record TownshipStandings(String period, String label, List<VillageLine> villages) {

    /** One village: households counted, months finalised in the period, points, the average, and its rank by it. */
    public record VillageLine(String code, String name, boolean demo, int households, int finalisedMonths,
            int points, BigDecimal averagePerHouseholdMonth, int rank) {
    }
}
