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

    EventResult.Counted of(long villageId, long householdId, YearMonth month, CompiledPlan plan,
            List<FiredAward> awards);
}
