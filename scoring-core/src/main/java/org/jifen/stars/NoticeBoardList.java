package org.jifen.stars;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list for the notice board: the red list (红榜) of the period's best households, or the households needing help
 * (vetoed in the period, or lowest in points), each with the reason it is on the list. A period whose months are not
 * all finalised gives a draft ({@code complete} false): its title says 草稿 and {@code draftNote} which months count
 * and which are missing, so that a partial period is never posted as the period's list (ADR 0114).
 */
public record NoticeBoardList(String village, String villageName, String period, String label, Kind kind,
        String title, List<YearMonth> finalisedMonths, boolean complete, @Nullable String draftNote,
        List<Row> households, Instant drawnUpAt) {

    public enum Kind { RED_LIST, NEEDS_HELP }

    public record Row(int rankInVillage, String householdNo, String headName, String group, int points, int stars,
            int vetoMonths, String reason) {
    }
}
