package org.jifen.stars;

import java.time.Instant;
import java.util.List;

/**
 * A list for the notice board: the red list (红榜) of the period's best households, or the households needing help
 * (vetoed in the period, or lowest in points), each with the reason it is on the list.
 */
public record NoticeBoardList(String village, String villageName, String period, String label, Kind kind,
        String title, List<Row> households, Instant drawnUpAt) {

    public enum Kind { RED_LIST, NEEDS_HELP }

    public record Row(int rankInVillage, String householdNo, String headName, String group, int points, int stars,
            int vetoMonths, String reason) {
    }
}
