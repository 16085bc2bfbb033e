package org.jifen.ranking;

/**
 * A household's standing in a period: its points (the sum of its finalised months), the months vetoed, and its rank
 * within the village and within its villager group (equal points share a rank).
 */
public record Standing(long householdId, String householdNo, String headName, String group, int points,
        int vetoMonths, int rankInVillage, int rankInGroup) {
}
