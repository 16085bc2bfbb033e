package org.jifen.evaluation;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.engine.FiredAward;
import org.jifen.engine.MonthFacts;
import org.jifen.rules.MonthSummary;
import org.jifen.scoring.EventTally;

/** Builds the {@link MonthSummary} fact that month-end rules see from a household's events and event awards. */
final class MonthSummaries {

    private MonthSummaries() {
    }

    /**
     * @param events the household's events of the month, counted per type
     * @param eventAwards what the rules granted for those events, without any award a review has taken back, so that
     *     a rejected deduction no longer stands in the way of "当月无扣分"
     * @param scoredEvents how many of those events a rule scored: the summary's {@code events} (ADR 0127)
     */
    static MonthSummary of(String householdId, YearMonth month, List<EventTally> events,
            List<FiredAward> eventAwards, int scoredEvents) {
        return of(householdId, month, events, eventAwards, scoredEvents, Map.of());
    }

    /** As above, with the household's latest events of the types the plan reads with {@code latest}. */
    static MonthSummary of(String householdId, YearMonth month, List<EventTally> events,
            List<FiredAward> eventAwards, int scoredEvents, Map<String, Map<String, String>> latest) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> quantities = new HashMap<>();
        for (EventTally tally : events) {
            counts.merge(tally.type(), Math.toIntExact(tally.count()), Integer::sum);
            quantities.merge(tally.type(), Math.toIntExact(tally.quantity()), Integer::sum);
        }
        return MonthFacts.summary(householdId, month.toString(), counts, quantities, eventAwards, scoredEvents,
                latest);
    }
}
