package org.jifen.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One field of a household changed in the registry: the value before and after, who changed it, when and why.
 * Rows are only ever added; together they are the household's history since registration.
 */
@Entity
@Table(name = "household_change")
public class HouseholdChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "field_name")
    private String field;

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    private @Nullable String reason;

    protected HouseholdChange() {
        this.field = "";
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    HouseholdChange(Household household, HouseholdFacts.FieldChange change, String changedBy, Instant changedAt,
            @Nullable String reason) {
        this.villageId = household.getVillageId();
        this.householdId = household.id();
        this.field = change.field().apiName();
        this.oldValue = change.before();
        this.newValue = change.after();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("household change not saved yet");
        }
        return id;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public HouseholdField getField() {
        return HouseholdField.byApiName(field);
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
