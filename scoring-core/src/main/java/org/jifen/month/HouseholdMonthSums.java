package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardLedger;
import org.springframework.stereotype.Component;

/**
 * A household's month as its arithmetic needs it, summed per rule, kind and value of the cap's attribute by the
 * database, with its few veto entries one by one (ADR 0131): one answer of a few rows however many entries the month
 * holds. Scoring an event reads it (ADR 0058), and so does freezing a month at finalisation (ADR 0169).
 */
@Component
class HouseholdMonthSums {

    private final AwardLedger ledger;

    HouseholdMonthSums(AwardLedger ledger) {
        this.ledger = ledger;
    }

    MonthArithmetic.Sums of(long villageId, long householdId, YearMonth month) {
        List<MonthArithmetic.Line> summed = new ArrayList<>();
        for (Object[] row : ledger.sumsOfMonth(villageId, householdId, month)) {
            String rule = (String) row[0];
            Kind kind = Kind.valueOf((String) row[1]);
            int points = Math.toIntExact(((Number) row[2]).longValue());
            String capKey = (String) row[5];
            summed.add(kind == Kind.VETO
                    ? new MonthArithmetic.Line(((Number) row[3]).longValue(), rule, kind, 0,
                            row[4] == null ? null : ((Number) row[4]).longValue(), capKey)
                    : new MonthArithmetic.Line(0, rule, kind, points, null, capKey));
        }
        return MonthArithmetic.Sums.of(summed);
    }
}
