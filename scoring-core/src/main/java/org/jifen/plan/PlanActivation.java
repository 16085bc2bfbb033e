package org.jifen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One activation of a plan version: who put it into force and when. Appended, never changed. */
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

    protected PlanActivation() {
        this.activatedBy = "";
        this.activatedAt = Instant.EPOCH;
    }

    PlanActivation(RuleSet ruleSet, String activatedBy) {
        this.villageId = ruleSet.getVillageId();
        this.ruleSetId = ruleSet.id();
        this.version = ruleSet.getVersion();
        this.activatedBy = activatedBy;
        this.activatedAt = Instant.now();
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
}
