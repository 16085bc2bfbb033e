package org.jifen.supermarket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A household exchanged points for goods at the village's points supermarket. Kept as it happened (the item's name
 * and cost then, the balance left after it); a cancellation is a row of its own, never a change to this one.
 */
@Entity
@Table(name = "redemption")
public class Redemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "redemption_id")
    private String redemptionId;

    @Column(name = "reward_id")
    private long rewardId;

    @Column(name = "reward_name")
    private String rewardName;

    private int cost;

    private int quantity;

    private int points;

    @Column(name = "available_after")
    private int availableAfter;

    private @Nullable String note;

    private String fingerprint;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Redemption() {
        this.redemptionId = "";
        this.rewardName = "";
        this.fingerprint = "";
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    Redemption(long villageId, long householdId, Redeem request, Reward reward, int availableAfter,
            String recordedBy, Instant recordedAt) {
        this.villageId = villageId;
        this.householdId = householdId;
        this.redemptionId = request.redemptionId();
        this.rewardId = reward.id();
        this.rewardName = reward.getName();
        this.cost = reward.getCost();
        this.quantity = request.quantity();
        this.points = Math.multiplyExact(reward.getCost(), request.quantity());
        this.availableAfter = availableAfter;
        this.note = request.note();
        this.fingerprint = request.fingerprint(householdId);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("redemption not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public String getRedemptionId() {
        return redemptionId;
    }

    public long getRewardId() {
        return rewardId;
    }

    public String getRewardName() {
        return rewardName;
    }

    public int getCost() {
        return cost;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getPoints() {
        return points;
    }

    public int getAvailableAfter() {
        return availableAfter;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
