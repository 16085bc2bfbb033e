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
 * when the township revises its choice; the year's base is its latest selection.
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

    protected DemonstrationBase() {
        this.reason = "";
        this.selectedBy = "";
        this.selectedAt = Instant.EPOCH;
    }

    DemonstrationBase(int year, long villageId, String reason, String selectedBy, Instant selectedAt) {
        this.year = year;
        this.villageId = villageId;
        this.reason = reason;
        this.selectedBy = selectedBy;
        this.selectedAt = selectedAt;
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
