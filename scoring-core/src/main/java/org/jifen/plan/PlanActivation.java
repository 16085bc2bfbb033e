package org.jifen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One activation of a plan version: who put it into force, when, and from which month on (ADR 0055). Appended, never
 * changed; the village's activations in order are its {@link PlanSchedule}.
 */
@Entity
@Table(name = "plan_activation")
public class PlanActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "rule_set_id")
    private long ruleSetId;

    private int version;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    /** The first month the version governs ({@code yyyy-MM}); null: every month, earlier ones included. */
    @Column(name = "from_month")
    private @Nullable YearMonth fromMonth;

    protected PlanActivation() {
        this.activatedBy = "";
        this.activatedAt = Instant.EPOCH;
    }

    PlanActivation(RuleSet ruleSet, @Nullable YearMonth from, String activatedBy, Instant activatedAt) {
        this(ruleSet.getVillageId(), ruleSet.id(), ruleSet.getVersion(), from, activatedBy, activatedAt);
    }

    PlanActivation(long villageId, long ruleSetId, int version, @Nullable YearMonth from, String activatedBy,
            Instant activatedAt) {
        this.villageId = villageId;
        this.ruleSetId = ruleSetId;
        this.version = version;
        this.fromMonth = from;
        this.activatedBy = activatedBy;
        this.activatedAt = activatedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("activation not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public int getVersion() {
        return version;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    /** The first month the version governs; empty: every month. */
    public java.util.Optional<YearMonth> from() {
        return java.util.Optional.ofNullable(fromMonth);
    }
}
