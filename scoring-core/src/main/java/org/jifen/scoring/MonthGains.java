package org.jifen.scoring;

import java.time.YearMonth;
import java.util.List;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;

/**
 * What an event's awards count in the household's month under the plan version that governs it, and the month after
 * them (ADR 0058). Implemented where the month's arithmetic lives; called with the village's chain head held, so the
 * month read is the month the awards join.
 */
public interface MonthGains {

    /**
     * For the events of one village recorded in one transaction: the months of these households (and the earlier
     * months of their caps' windows) are read once, all together, the first time one is needed (ADR 0198), and
     * followed in memory as the events' entries are stored ({@link Together#stored}). What is read includes what the
     * transaction appended so far: the months' totals are moved before they are read (ADR 0261), so the event and
     * entry rows themselves can wait for the transaction's one write of them (ADR 0229, 0265).
     * {@code finalised} is the village's finalised months as the transaction holds them (ADR 0204): where none is
     * after a month within its cap's window, no frozen month is read for it (ADR 0239).
     */
    Together together(long villageId, java.util.Collection<Long> householdIds, java.util.Collection<YearMonth> months,
            java.util.Set<YearMonth> finalised);

    interface Together {

        EventResult.Counted of(long householdId, YearMonth month, CompiledPlan plan, List<FiredAward> awards);

        /** The entries just stored for the household's month: the next event of the month counts after them. */
        void stored(long householdId, YearMonth month, List<Award> awards);
    }
}
