package org.jifen.finalisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A village's month, finalised once its self-governance group approved it. Only {@link #approve} makes one, and it
 * refuses every approval the township's plan does not allow.
 */
@Entity
@Table(name = "finalised_month")
public class FinalisedMonth {

    /** The plan (四(三)): the self-governance group has at least 6 people, and they sign off the month. */
    public static final int MINIMUM_APPROVALS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "score_month")
    private YearMonth month;

    @Column(name = "finalised_by")
    private String finalisedBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    /** The evaluation that finalising ran; null for months finalised before finalisation evaluated (V5). */
    @Column(name = "month_evaluation_id")
    private @Nullable Long monthEvaluationId;

    @Column(name = "rule_set_version")
    private @Nullable Integer ruleSetVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finalised_month_approval", joinColumns = @JoinColumn(name = "finalised_month_id"))
    @Column(name = "member_id")
    private Set<Long> approvedBy = new TreeSet<>();

    protected FinalisedMonth() {
        this.month = YearMonth.of(1970, 1);
        this.finalisedBy = "";
        this.finalisedAt = Instant.EPOCH;
    }

    private FinalisedMonth(long villageId, YearMonth month, Set<Long> approvedBy, String finalisedBy,
            Instant finalisedAt) {
        this.villageId = villageId;
        this.month = month;
        this.approvedBy = new TreeSet<>(approvedBy);
        this.finalisedBy = finalisedBy;
        this.finalisedAt = finalisedAt;
    }

    /**
     * The month finalised with these approvals, or the refusal that says why not: ids that are not members of this
     * village's group ({@link UnknownApprovers}), a group of fewer than six ({@link GroupTooSmall}), fewer than six
     * different members approving ({@link NotEnoughApprovals}).
     *
     * @param group the ids of the members of the village's self-governance group
     */
    public static FinalisedMonth approve(long villageId, YearMonth month, Set<Long> group, Collection<Long> approvals,
            String finalisedBy, Instant finalisedAt) {
        Set<Long> distinct = new LinkedHashSet<>(approvals);
        List<Long> unknown = distinct.stream().filter(id -> !group.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownApprovers(unknown);
        }
        if (group.size() < MINIMUM_APPROVALS) {
            throw new GroupTooSmall(group.size());
        }
        if (distinct.size() < MINIMUM_APPROVALS) {
            throw new NotEnoughApprovals(distinct.size());
        }
        return new FinalisedMonth(villageId, month, distinct, finalisedBy, finalisedAt);
    }

    /**
     * Names the evaluation of the month that finalising ran just before freezing its totals, and the plan version that
     * evaluated it. Once only.
     */
    public FinalisedMonth evaluatedBy(long monthEvaluationId, int ruleSetVersion) {
        if (this.monthEvaluationId != null) {
            throw new IllegalStateException("the finalising evaluation is recorded already");
        }
        this.monthEvaluationId = monthEvaluationId;
        this.ruleSetVersion = ruleSetVersion;
        return this;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("finalised month not saved yet");
        }
        return id;
    }

    public @Nullable Long getMonthEvaluationId() {
        return monthEvaluationId;
    }

    public @Nullable Integer getRuleSetVersion() {
        return ruleSetVersion;
    }

    public long getVillageId() {
        return villageId;
    }

    public YearMonth getMonth() {
        return month;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    /** The ids of the group members who approved, in ascending order. */
    public Set<Long> getApprovedBy() {
        return Set.copyOf(approvedBy);
    }
}
