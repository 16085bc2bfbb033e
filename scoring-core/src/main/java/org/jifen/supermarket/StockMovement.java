package org.jifen.supermarket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of an item's stock, with who, when and why; appended, never changed: a mistyped receipt is taken back
 * by a {@link StockChange#REVERSED} movement naming it (ADR 0151).
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "reward_id")
    private long rewardId;

    @Enumerated(EnumType.STRING)
    private StockChange kind;

    private int quantity;

    @Column(name = "stock_after")
    private int stockAfter;

    private @Nullable String reason;

    @Column(name = "redemption_row_id")
    private @Nullable Long redemptionRowId;

    /** The receipt a {@link StockChange#REVERSED} movement takes back. */
    @Column(name = "reverses_id")
    private @Nullable Long reversesId;

    /** The fund's purchase whose goods a receipt is. */
    @Column(name = "fund_entry_id")
    private @Nullable Long fundEntryId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StockMovement() {
        this.kind = StockChange.RECEIVED;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    StockMovement(Reward reward, StockChange kind, int quantity, int stockAfter, @Nullable String reason,
            @Nullable Long redemptionRowId, String recordedBy, Instant recordedAt) {
        this.villageId = reward.getVillageId();
        this.rewardId = reward.id();
        this.kind = kind;
        this.quantity = quantity;
        this.stockAfter = stockAfter;
        this.reason = reason;
        this.redemptionRowId = redemptionRowId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A receipt of goods bought with the fund, by the purchase {@code fundEntryId}. */
    StockMovement bought(long fundEntryId) {
        this.fundEntryId = fundEntryId;
        return this;
    }

    /** This movement as the reversal of {@code receipt}. */
    StockMovement reversing(StockMovement receipt) {
        this.reversesId = receipt.id();
        return this;
    }

    public @Nullable Long getReversesId() {
        return reversesId;
    }

    public @Nullable Long getFundEntryId() {
        return fundEntryId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("stock movement not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public long getRewardId() {
        return rewardId;
    }

    public StockChange getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getStockAfter() {
        return stockAfter;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable Long getRedemptionRowId() {
        return redemptionRowId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
