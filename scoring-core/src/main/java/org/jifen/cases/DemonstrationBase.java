package org.jifen.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A selection of the year's demonstration base (示范基地) among the pilot villages: which, why, by whom, when. Kept
 * when the township revises its choice; the year's base is its latest selection, and each selection names the one it
 * follows, so that two made at once cannot both follow the same.
 */
@Entity
@Table(name = "demonstration_base")
class DemonstrationBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "base_year")
    private int year;

    @Column(name = "village_id")
    private long villageId;

    private String reason;

    @Column(name = "selected_by")
    private String selectedBy;

    @Column(name = "selected_at")
    private Instant selectedAt;

    /** The selection of the same year this one follows, 0 for the year's first; unique per year (ADR 0154). */
    @Column(name = "previous_id")
    private long previousId;

    protected DemonstrationBase() {
        this.reason = "";
        this.selectedBy = "";
        this.selectedAt = Instant.EPOCH;
    }

    DemonstrationBase(int year, long villageId, String reason, String selectedBy, Instant selectedAt,
            long previousId) {
        this.year = year;
        this.previousId = previousId;
        this.villageId = villageId;
        this.reason = reason;
        this.selectedBy = selectedBy;
        this.selectedAt = selectedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("selection not saved yet");
        }
        return id;
    }

    int getYear() {
        return year;
    }

    long getVillageId() {
        return villageId;
    }

    String getReason() {
        return reason;
    }

    String getSelectedBy() {
        return selectedBy;
    }

    Instant getSelectedAt() {
        return selectedAt;
    }
}
