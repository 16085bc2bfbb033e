package org.jifen.stars;

/** A household's stars for the period, with the points and vetoed months they come from and its ranks. */
public record StarRating(long householdId, String householdNo, String headName, String group, int points,
        int vetoMonths, int stars, int rankInVillage, int rankInGroup) {
}
