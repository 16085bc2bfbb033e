package org.jifen.card;

import java.time.LocalDate;
import java.util.List;
import org.jifen.balance.Balance;
import org.jifen.month.Adjustment;
import org.jifen.month.MonthView;
import org.jifen.objection.ObjectionView;
import org.jspecify.annotations.Nullable;

/**
 * What a household's own page shows: the household, its latest months as the township's arithmetic counts them, each
 * entry with its reason, the notice periods open now, its objections, and its points balance with every movement
 * (spent, returned, expired, each with its reason). Nothing of any other household.
 */
public record HouseholdPage(String villageName, String householdNo, String headName, String group,
        List<OpenNotice> openNotices, List<Month> months, List<ObjectionView> objections,
        @Nullable Balance balance) {

    /** A quarter whose notice takes objections until the end of {@code lastDay}. */
    public record OpenNotice(String quarter, String label, LocalDate lastDay) {
    }

    /** A month: its figures ({@link MonthView}, unchanged) and its entries with what caused them. */
    public record Month(MonthView figures, List<Line> lines, List<Adjustment> adjustments) {
    }

    /**
     * One entry, with the event that caused it (none for month-end entries and reversals), whether a later entry took
     * it back, and whether the household may object to it now.
     */
    public record Line(MonthView.Entry entry, @Nullable String eventType, @Nullable LocalDate occurredOn,
            boolean reversed, boolean objectable) {
    }
}
