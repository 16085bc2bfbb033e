package org.jifen.objection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jifen.notice.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * An objection (异议) to one ledger entry of a published quarter: who raised it, how, when and why; and once the
 * self-governance group decided, the outcome, its reason, who decided, and the correcting entry if it was upheld.
 * Resolved once: only {@link #resolve} changes it, and only while it is open.
 */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "award_id")
    private long awardId;

    @Column(name = "score_quarter")
    private String quarter;

    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_via")
    private RaisedVia raisedVia;

    /** Who in the household raised it, as staff wrote it down (e.g. 户主本人); none from the household's page. */
    @Column(name = "raised_by")
    private @Nullable String raisedBy;

    /** The staff account that recorded it; none when the household raised it on its page. */
    @Column(name = "recorded_by")
    private @Nullable String recordedBy;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private ObjectionStatus status;

    @Column(name = "outcome_reason")
    private @Nullable String outcomeReason;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "correction_award_id")
    private @Nullable Long correctionAwardId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objection_decider", joinColumns = @JoinColumn(name = "objection_id"))
    private Set<Decider> decidedBy = new LinkedHashSet<>();

    protected Objection() {
        this.quarter = "";
        this.reason = "";
        this.raisedVia = RaisedVia.STAFF;
        this.raisedAt = Instant.EPOCH;
        this.status = ObjectionStatus.OPEN;
    }

    Objection(long villageId, long householdId, long awardId, Quarter quarter, String reason, RaisedVia raisedVia,
            @Nullable String raisedBy, @Nullable String recordedBy, Instant raisedAt) {
        this.villageId = villageId;
        this.householdId = householdId;
        this.awardId = awardId;
        this.quarter = quarter.toString();
        this.reason = reason;
        this.raisedVia = raisedVia;
        this.raisedBy = raisedBy;
        this.recordedBy = recordedBy;
        this.raisedAt = raisedAt;
        this.status = ObjectionStatus.OPEN;
    }

    /** Records the group's decision; the caller has checked the deciders and made the correction if upheld. */
    void resolve(Outcome outcome, String reason, Collection<Long> members, String by, Instant at,
            @Nullable Long correction) {
        if (status != ObjectionStatus.OPEN) {
            throw new ObjectionAlreadyResolved(id(), status);
        }
        this.status = outcome.status();
        this.outcomeReason = reason;
        members.forEach(member -> decidedBy.add(new Decider(villageId, member)));
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.correctionAwardId = correction;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("objection not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public long getAwardId() {
        return awardId;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getReason() {
        return reason;
    }

    public RaisedVia getRaisedVia() {
        return raisedVia;
    }

    public @Nullable String getRaisedBy() {
        return raisedBy;
    }

    public @Nullable String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public @Nullable String getOutcomeReason() {
        return outcomeReason;
    }

    public @Nullable String getResolvedBy() {
        return resolvedBy;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public @Nullable Long getCorrectionAwardId() {
        return correctionAwardId;
    }

    /** The ids of the members who decided, in ascending order. */
    public List<Long> getDecidedBy() {
        return decidedBy.stream().map(Decider::memberId).sorted().toList();
    }
}
