package org.jifen.balance;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jifen.integrity.ChainLink;
import org.jifen.integrity.ChainPlace;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.LinkFields;
import org.jspecify.annotations.Nullable;

/**
 * One movement of a household's spendable points, an entry of the village's points ledger chained by hash with its
 * awards: points spent on a redemption, returned by its cancellation, or expired. Appended, never updated or
 * deleted; {@code points} is always positive and {@code kind} says which way it goes.
 */
@Entity
@Table(name = "points_entry")
public class PointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Enumerated(EnumType.STRING)
    private PointsKind kind;

    private int points;

    /** The redemption spent or returned (the supermarket's row id); null for an expiry. */
    @Column(name = "redemption_row_id")
    private @Nullable Long redemptionRowId;

    /** For an expiry: the first day the points could no longer be spent. */
    @Column(name = "expired_on")
    private @Nullable LocalDate expiredOn;

    private String reason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The entry's place in its village's chain. */
    @Embedded
    private ChainPlace chain = ChainPlace.none();

    protected PointsEntry() {
        this.kind = PointsKind.SPENT;
        this.reason = "";
        this.recordedBy = "";
        this.createdAt = Instant.EPOCH;
    }

    private PointsEntry(long villageId, long householdId, PointsKind kind, int points, @Nullable Long redemptionRowId,
            @Nullable LocalDate expiredOn, String reason, String recordedBy, Instant createdAt) {
        if (points <= 0) {
            throw new IllegalArgumentException("a points entry moves a positive number of points: " + points);
        }
        this.villageId = villageId;
        this.householdId = householdId;
        this.kind = kind;
        this.points = points;
        this.redemptionRowId = redemptionRowId;
        this.expiredOn = expiredOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        // Milliseconds: what every supported database keeps of a timestamp, so a re-read hashes the same.
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    static PointsEntry spent(long villageId, long householdId, int points, long redemptionRowId, String reason,
            String by, Instant at) {
        return new PointsEntry(villageId, householdId, PointsKind.SPENT, points, redemptionRowId, null, reason, by,
                at);
    }

    static PointsEntry returned(long villageId, long householdId, int points, long redemptionRowId, String reason,
            String by, Instant at) {
        return new PointsEntry(villageId, householdId, PointsKind.RETURNED, points, redemptionRowId, null, reason,
                by, at);
    }

    static PointsEntry expired(long villageId, long householdId, int points, LocalDate on, String reason, String by,
            Instant at) {
        return new PointsEntry(villageId, householdId, PointsKind.EXPIRED, points, null, on, reason, by, at);
    }

    /** Keeps where the entry was linked into its village's chain. */
    void chain(ChainLink link) {
        this.chain = ChainPlace.of(link);
    }

    /** What the entry's link covers. */
    LinkFields linkFields() {
        return LinkFields.of("points", villageId, householdId, kind, points, redemptionRowId, expiredOn, reason,
                recordedBy, createdAt);
    }

    ChainedEntry asChained() {
        return chain.entry("points", id(), linkFields());
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("points entry not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public PointsKind getKind() {
        return kind;
    }

    public int getPoints() {
        return points;
    }

    public @Nullable Long getRedemptionRowId() {
        return redemptionRowId;
    }

    public @Nullable LocalDate getExpiredOn() {
        return expiredOn;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The entry's place in its chain (not a bean property: queries name {@code chain.seq}). */
    public @Nullable Long chainSeq() {
        return chain.seq();
    }

}
