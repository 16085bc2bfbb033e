package org.jifen.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A village the township named a pilot (试点村), with who named it when: the demonstration base is one of them. */
@Entity
@Table(name = "pilot_village")
class PilotVillage {

    @Id
    @Column(name = "village_id")
    private long villageId;

    @Column(name = "designated_by")
    private String designatedBy;

    @Column(name = "designated_at")
    private Instant designatedAt;

    protected PilotVillage() {
        this.designatedBy = "";
        this.designatedAt = Instant.EPOCH;
    }

    PilotVillage(long villageId, String designatedBy, Instant designatedAt) {
        this.villageId = villageId;
        this.designatedBy = designatedBy;
        this.designatedAt = designatedAt;
    }

    long getVillageId() {
        return villageId;
    }

    String getDesignatedBy() {
        return designatedBy;
    }

    Instant getDesignatedAt() {
        return designatedAt;
    }
}
