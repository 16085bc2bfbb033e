package org.jifen.balance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/** A village's choice of whether spendable points expire, with who set it when. A village without one: never. */
@Entity
@Table(name = "expiry_policy")
class ExpirySetting {

    @Id
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

    protected ExpirySetting() {
        this.mode = ExpiryMode.NEVER;
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    ExpirySetting(long villageId) {
        this();
        this.villageId = villageId;
    }

    void set(ExpiryRule rule, String by, Instant at) {
        this.mode = rule.mode();
        MonthDay day = rule.resetDay();
        this.resetDay = day == null ? null : String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
        this.changedBy = by;
        this.changedAt = at;
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
