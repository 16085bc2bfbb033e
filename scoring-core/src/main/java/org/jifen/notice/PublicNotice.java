package org.jifen.notice;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A village's quarterly public notice. Only finalised months count: a month not finalised yet shows {@code null}
 * for every household and adds nothing to the quarter total.
 *
 * @param publishedMonths the months that were finalised when the notice was published
 * @param generatedAt when this notice was put together
 */
public record PublicNotice(String village, String villageName, String quarter, String title, List<YearMonth> months,
        List<YearMonth> finalisedMonths, @Nullable Instant publishedAt, @Nullable String publishedBy,
        @Nullable List<YearMonth> publishedMonths, Instant generatedAt, List<GroupRanking> groups) {

    /** One villager group (村民小组), its households ranked by quarter total. */
    public record GroupRanking(String group, List<Row> households) {
    }

    /** @param months each month of the quarter → the household's total, {@code null} while not finalised */
    public record Row(int rank, long householdId, String householdNo, String headName,
            Map<YearMonth, @Nullable Integer> months, int total) {
    }
}
