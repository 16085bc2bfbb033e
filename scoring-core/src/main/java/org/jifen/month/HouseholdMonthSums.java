package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardLedger;
import org.springframework.stereotype.Component;

/**
 * A household's month as its arithmetic needs it, summed per rule, kind and value of the cap's attribute by the
 * database, with its few veto entries one by one (ADR 0131): one answer of a few rows however many entries the month
 * holds. Scoring an event reads it (ADR 0058), a batch of events the months of all its households in one answer
 * (ADR 0198), and so does freezing a month at finalisation (ADR 0169).
 */
@Component
class HouseholdMonthSums {

    private final AwardLedger ledger;

    HouseholdMonthSums(AwardLedger ledger) {
        this.ledger = ledger;
    }

    MonthArithmetic.Sums of(long villageId, long householdId, YearMonth month) {
        return of(villageId, List.of(householdId), List.of(month)).get(key(householdId, month));
    }

    /** Every pair of these households and months, by {@link #key}; a pair without entries is an empty month. */
    Map<String, MonthArithmetic.Sums> of(long villageId, Collection<Long> householdIds, Collection<YearMonth> months) {
        Map<String, List<MonthArithmetic.Line>> summed = new HashMap<>();
        for (long householdId : householdIds) {
            for (YearMonth month : months) {
                summed.put(key(householdId, month), new ArrayList<>());
            }
        }
        for (Object[] row : ledger.sumsOfMonths(villageId, householdIds,
                months.stream().map(YearMonth::toString).toList())) {
            String rule = (String) row[2];
            Kind kind = Kind.valueOf((String) row[3]);
            int points = Math.toIntExact(((Number) row[4]).longValue());
            String capKey = (String) row[7];
            summed.get(((Number) row[0]).longValue() + "/" + row[1]).add(kind == Kind.VETO
                    ? new MonthArithmetic.Line(((Number) row[5]).longValue(), rule, kind, 0,
                            row[6] == null ? null : ((Number) row[6]).longValue(), capKey)
                    : new MonthArithmetic.Line(0, rule, kind, points, null, capKey));
        }
        Map<String, MonthArithmetic.Sums> sums = new HashMap<>();
        summed.forEach((key, lines) -> sums.put(key, MonthArithmetic.Sums.of(lines)));
        return sums;
    }

    static String key(long householdId, YearMonth month) {
        return householdId + "/" + month;
    }
}
