package org.jifen.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A village's own row that its acts lock (ADR 0227), and the version of what its events are checked against besides
 * its households: its plan activations and its finalised months (ADR 0204). Village-owned, so on Citus it lives on
 * the village's shard with the rest of its rows, where `village` is a reference table copied to every node. The
 * version is moved in the transaction that changes them, which holds this row for update; an event reads it with the
 * row share-locked, so it cannot move until the event commits.
 */
@Entity
@Table(name = "village_lock")
public class VillageLock {

    @Id
    @Column(name = "village_id")
    private long villageId;

    @Column(name = "reference_version", insertable = false, updatable = false)
    private long version;

    protected VillageLock() {
    }

    public long villageId() {
        return villageId;
    }

    public long version() {
        return version;
    }
}
