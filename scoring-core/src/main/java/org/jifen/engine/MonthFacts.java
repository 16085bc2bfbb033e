package org.jifen.engine;

import java.util.List;
import java.util.Map;
import org.jifen.rules.Awards.Kind;
import org.jifen.rules.MonthSummary;

/**
 * The {@link MonthSummary} month-end rules see, from a household's month of events and what the rules granted for
 * them: the month-end evaluation and a sheet test's 「月底」 row (ADR 0176) build it the same way.
 */
public final class MonthFacts {

    private MonthFacts() {
    }

    /**
     * @param counts the month's events per type
     * @param quantities their quantities summed per type
     * @param eventAwards what the rules granted for those events (deductions count as the base points taken away)
     * @param scoredEvents how many of those events a rule scored: the summary's {@code events} (ADR 0127)
     * @param latest the latest event's attributes per type, for the types the plan reads with {@code latest}
     */
    public static MonthSummary summary(String householdId, String month, Map<String, Integer> counts,
            Map<String, Integer> quantities, List<FiredAward> eventAwards, int scoredEvents,
            Map<String, Map<String, String>> latest) {
        int base = 0;
        int bonus = 0;
        int deductions = 0;
        for (FiredAward award : eventAwards) {
            if (award.kind() == Kind.BASE) {
                base += award.points();
                deductions += Math.max(0, -award.points());
            } else if (award.kind() == Kind.BONUS) {
                bonus += award.points();
            }
        }
        return new MonthSummary(householdId, month, counts, quantities, base, bonus, deductions, scoredEvents, latest);
    }
}
