package org.jifen.ranking;

import java.time.YearMonth;
import java.util.List;

/**
 * A village's rankings for a period: which of its months are finalised (only those count), its households by points
 * and its villager groups by the average of their households.
 */
public record VillageStandings(String village, String villageName, String period, String label, List<YearMonth> months,
        List<YearMonth> finalisedMonths, List<Standing> households, List<GroupStanding> groups) {
}
