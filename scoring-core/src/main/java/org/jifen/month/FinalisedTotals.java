package org.jifen.month;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A household's month as it counted when the month was finalised. Kept because the arithmetic reads beyond the
 * month (a quarterly cap counts the quarter's earlier months, which may still be open): the finalised figures must
 * not move when something is recorded elsewhere later.
 */
@Entity
@Table(name = "finalised_household_month")
class FinalisedTotals {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "score_month")
    private YearMonth month;

    @Column(name = "base_points")
    private int base;

    @Column(name = "bonus_points")
    private int bonus;

    @Column(name = "total_points")
    private int total;

    private boolean vetoed;

    /** The adjustments as JSON, so that the finalised month still explains every point. */
    private String adjustments;

    protected FinalisedTotals() {
        this.month = YearMonth.of(1970, 1);
        this.adjustments = "[]";
    }

    FinalisedTotals(long villageId, long householdId, YearMonth month, MonthTotals totals, String adjustmentsJson) {
        this.villageId = villageId;
        this.householdId = householdId;
        this.month = month;
        this.base = totals.base();
        this.bonus = totals.bonus();
        this.total = totals.total();
        this.vetoed = totals.vetoed();
        this.adjustments = adjustmentsJson;
    }

    long getVillageId() {
        return villageId;
    }

    long getHouseholdId() {
        return householdId;
    }

    YearMonth getMonth() {
        return month;
    }

    int getBase() {
        return base;
    }

    int getBonus() {
        return bonus;
    }

    int getTotal() {
        return total;
    }

    boolean isVetoed() {
        return vetoed;
    }

    String getAdjustments() {
        return adjustments;
    }
}
