package org.jifen.township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The township setting the year of its plan; every change kept, the latest in force (ADR 0153). */
@Entity
@Table(name = "plan_year_change")
public class PlanYearChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_year")
    private int planYear;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    protected PlanYearChange() {
        this.setBy = "";
        this.setAt = Instant.EPOCH;
    }

    PlanYearChange(int planYear, String setBy, Instant setAt) {
        this.planYear = planYear;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
