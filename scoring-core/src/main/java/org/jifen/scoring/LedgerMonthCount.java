package org.jifen.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.YearMonth;

/**
 * How many ledger entries one month of a village holds (ADR 0219). Written only through {@link LedgerMonthCounts},
 * by plain statements that add to it; never read as an entity.
 */
@Entity
@Table(name = "ledger_month_count")
class LedgerMonthCount {

    @EmbeddedId
    private Key key;

    @Column(name = "entries")
    private long entries;

    protected LedgerMonthCount() {
        this.key = new Key(0, YearMonth.of(1970, 1));
    }

    /** A village's month. */
    @Embeddable
    record Key(@Column(name = "village_id") long villageId, @Column(name = "score_month") YearMonth month) {
    }
}
