package org.jifen.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One movement of a village's reward fund, in fen (分, a hundredth of a yuan): money received from a source and its
 * donor, or spent on goods (with the item and quantity received into stock, when bought for the supermarket).
 * Appended, never changed: a mistyped entry is taken back by a reversing entry (冲红, {@code reversesId}) of the same
 * kind that counts negative within it, dated the day it is recorded (ADR 0151).
 */
@Entity
@Table(name = "fund_entry")
public class FundEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Enumerated(EnumType.STRING)
    private FundEntryKind kind;

    @Enumerated(EnumType.STRING)
    private @Nullable FundSource source;

    /** The donor of an income, the supplier of a purchase. */
    private @Nullable String party;

    @Column(name = "amount_fen")
    private long amountFen;

    @Column(name = "entry_date")
    private LocalDate on;

    private @Nullable String note;

    @Column(name = "reward_id")
    private @Nullable Long rewardId;

    @Column(name = "reward_name")
    private @Nullable String rewardName;

    private @Nullable Integer quantity;

    @Column(name = "reverses_id")
    private @Nullable Long reversesId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected FundEntry() {
        this.kind = FundEntryKind.INCOME;
        this.on = LocalDate.EPOCH;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    private FundEntry(long villageId, FundEntryKind kind, @Nullable FundSource source, @Nullable String party,
            long amountFen, LocalDate on, @Nullable String note, @Nullable Long rewardId, @Nullable String rewardName,
            @Nullable Integer quantity, String recordedBy, Instant recordedAt) {
        this.villageId = villageId;
        this.kind = kind;
        this.source = source;
        this.party = party;
        this.amountFen = amountFen;
        this.on = on;
        this.note = note;
        this.rewardId = rewardId;
        this.rewardName = rewardName;
        this.quantity = quantity;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    static FundEntry income(long villageId, FundSource source, @Nullable String donor, long amountFen, LocalDate on,
            @Nullable String note, String by, Instant at) {
        return new FundEntry(villageId, FundEntryKind.INCOME, source, donor, amountFen, on, note, null, null, null,
                by, at);
    }

    static FundEntry purchase(long villageId, @Nullable String supplier, long amountFen, LocalDate on,
            @Nullable String note, @Nullable Long rewardId, @Nullable String rewardName, @Nullable Integer quantity,
            String by, Instant at) {
        return new FundEntry(villageId, FundEntryKind.PURCHASE, null, supplier, amountFen, on, note, rewardId,
                rewardName, quantity, by, at);
    }

    /** The entry that takes this one back (冲红), dated {@code on} and saying why; same kind, counted negative. */
    FundEntry reversal(LocalDate on, String reason, String by, Instant at) {
        FundEntry reversal = new FundEntry(villageId, kind, source, party, amountFen, on, reason, rewardId, rewardName,
                quantity, by, at);
        reversal.reversesId = id();
        return reversal;
    }

    /** What the entry adds to the fund: positive for income, negative for a purchase, the opposite for a reversal. */
    public long signedFen() {
        return kind == FundEntryKind.INCOME ? kindFen() : -kindFen();
    }

    /** What the entry adds to its kind's total (received or spent): negative for a reversing entry. */
    public long kindFen() {
        return reversesId == null ? amountFen : -amountFen;
    }

    public boolean isReversal() {
        return reversesId != null;
    }

    public @Nullable Long getReversesId() {
        return reversesId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("fund entry not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public FundEntryKind getKind() {
        return kind;
    }

    public @Nullable FundSource getSource() {
        return source;
    }

    public @Nullable String getParty() {
        return party;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public LocalDate getOn() {
        return on;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable Long getRewardId() {
        return rewardId;
    }

    public @Nullable String getRewardName() {
        return rewardName;
    }

    public @Nullable Integer getQuantity() {
        return quantity;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
