package org.jifen.month;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The totals households' months were frozen at when they were finalised, read as they are: what balances, star
 * ratings and rankings count from, so that the township's arithmetic is done once, at finalisation, and nowhere else.
 */
@Service
public class FrozenTotals {

    /** A household's finalised month: its total ({@code base + bonus}, 0 when vetoed) and whether it was vetoed. */
    public record Frozen(long villageId, long householdId, YearMonth month, int total, boolean vetoed) {
    }

    private final FinalisedTotalsStore store;

    FrozenTotals(FinalisedTotalsStore store) {
        this.store = store;
    }

    /** Every finalised month of the household, oldest first. */
    @Transactional(readOnly = true)
    public List<Frozen> ofHousehold(long villageId, long householdId) {
        return store.findByVillageIdAndHouseholdIdOrderByMonth(villageId, householdId).stream()
                .map(FrozenTotals::frozen).toList();
    }

    /** The village's households in those of the months that are finalised. */
    @Transactional(readOnly = true)
    public List<Frozen> ofVillage(long villageId, Collection<YearMonth> months) {
        return store.findByVillageIdAndMonthIn(villageId, months).stream().map(FrozenTotals::frozen).toList();
    }

    /** Every village's households in those of the months that are finalised (the township's rankings). */
    @Transactional(readOnly = true)
    public List<Frozen> ofTownship(Collection<YearMonth> months) {
        return store.findByMonthIn(months).stream().map(FrozenTotals::frozen).toList();
    }

    private static Frozen frozen(FinalisedTotals totals) {
        return new Frozen(totals.getVillageId(), totals.getHouseholdId(), totals.getMonth(), totals.getTotal(),
                totals.isVetoed());
    }
}
