package org.jifen.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.CapWindow;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.RuleTotal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each rule counted in the months of a cap's window that come after an open month and are already finalised
 * (finalising out of order is allowed): their figures are frozen, so the open month's cap must leave room for them,
 * or a back-dated entry lets the window count more than its cap (ADR 0218). A finalised month counted what its rules
 * asked plus its cap adjustments, which its frozen adjustments name per rule, kind and value of the cap's attribute.
 */
@Component
class LaterFinalised {

    private static final TypeReference<List<Adjustment>> ADJUSTMENTS = new TypeReference<>() { };

    private final FinalisedTotalsStore frozen;
    private final AwardLedger ledger;
    private final JsonMapper json;

    LaterFinalised(FinalisedTotalsStore frozen, AwardLedger ledger, JsonMapper json) {
        this.frozen = frozen;
        this.ledger = ledger;
        this.json = json;
    }

    /**
     * Per household, what the rules counted in the finalised months of the window after {@code month}. Where the
     * caller holds the village's finalised months ({@code finalised}, ADR 0204) and none of them is in the window
     * after the month, there is nothing frozen to read (ADR 0239); null asks the database.
     */
    Map<Long, List<RuleTotal>> counted(long villageId, Collection<Long> householdIds, CapWindow window,
            YearMonth month, @Nullable Set<YearMonth> finalised) {
        Map<Long, List<RuleTotal>> counted = new HashMap<>();
        YearMonth end = window.end(month);
        if (window == CapWindow.MONTH || month.equals(end) || finalised != null
                && finalised.stream().noneMatch(later -> later.isAfter(month) && !later.isAfter(end))) {
            return counted;
        }
        for (FinalisedTotals kept : frozen.findByVillageIdAndHouseholdIdInAndMonthGreaterThanAndMonthLessThanEqual(
                villageId, householdIds, month, end)) {
            List<RuleTotal> asked = ledger.totalsBetween(villageId, kept.getHouseholdId(), kept.getMonth(),
                    kept.getMonth().plusMonths(1));
            counted.computeIfAbsent(kept.getHouseholdId(), household -> new ArrayList<>())
                    .addAll(counted(asked, json.readValue(kept.getAdjustments(), ADJUSTMENTS)));
        }
        return counted;
    }

    /**
     * What a finalised month's rules asked, with its cap adjustments as lines that take back what the caps did not
     * count. An adjustment frozen before it named its kind (ADR 0218) trims the kind its rule asked.
     */
    static List<RuleTotal> counted(List<RuleTotal> asked, List<Adjustment> adjustments) {
        List<RuleTotal> counted = new ArrayList<>(asked);
        for (Adjustment adjustment : adjustments) {
            if (adjustment.reason() != Adjustment.Reason.CAP || adjustment.rule() == null) {
                continue;
            }
            Kind kind = adjustment.kind() != null ? adjustment.kind() : asked.stream()
                    .filter(total -> total.rule().equals(adjustment.rule())).map(RuleTotal::kind)
                    .findFirst().orElse(Kind.BASE);
            counted.add(new RuleTotal(adjustment.rule(), adjustment.capKey(), kind, adjustment.points()));
        }
        return counted;
    }
}
