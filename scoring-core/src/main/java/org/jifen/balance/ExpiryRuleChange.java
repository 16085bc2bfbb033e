package org.jifen.balance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * A village set its expiry rule, with who and when. Kept, never changed: a month's points keep the rule that was in
 * force when the month was finalised, so the rule in force at any moment must stay known.
 */
@Entity
@Table(name = "expiry_rule_change")
class ExpiryRuleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Enumerated(EnumType.STRING)
    private ExpiryMode mode;

    /** {@code MM-dd}, for a yearly reset. */
    @Column(name = "reset_day")
    private @Nullable String resetDay;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ExpiryRuleChange() {
        this.mode = ExpiryMode.NEVER;
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    ExpiryRuleChange(long villageId, ExpiryRule rule, String changedBy, Instant changedAt) {
        this.villageId = villageId;
        this.mode = rule.mode();
        MonthDay day = rule.resetDay();
        this.resetDay = day == null ? null : ExpiryRule.written(day);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    ExpiryRule rule() {
        return new ExpiryRule(mode, resetDay == null ? null : MonthDay.parse("--" + resetDay));
    }

    long getVillageId() {
        return villageId;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
