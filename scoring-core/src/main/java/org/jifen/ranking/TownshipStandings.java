package org.jifen.ranking;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The township's villages ranked for a period by the average points a household earned in a finalised month, so
 * that villages of different sizes, and with different months finalised so far, compare fairly.
 */
public record TownshipStandings(String period, String label, List<VillageLine> villages) {

    /**
     * One village: households counted, months finalised in the period, points, the average, and its rank by it among
     * the villages with a finalised month; a village with none is not rated: {@code rank} is null and {@code note}
     * says so (未评定), rather than tied last with zero households.
     */
    public record VillageLine(String code, String name, boolean demo, int households, int finalisedMonths,
            int points, BigDecimal averagePerHouseholdMonth, @Nullable Integer rank, @Nullable String note) {
    }
}
