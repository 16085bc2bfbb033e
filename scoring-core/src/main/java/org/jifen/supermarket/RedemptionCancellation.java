package org.jifen.supermarket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A redemption taken back, with who and why: its points and stock come back as new entries. Once per redemption. */
@Entity
@Table(name = "redemption_cancellation")
public class RedemptionCancellation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "redemption_row_id")
    private long redemptionRowId;

    private String reason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected RedemptionCancellation() {
        this.reason = "";
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    RedemptionCancellation(Redemption redemption, String reason, String recordedBy, Instant recordedAt) {
        this.villageId = redemption.getVillageId();
        this.redemptionRowId = redemption.id();
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getRedemptionRowId() {
        return redemptionRowId;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
