package org.jifen.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The village row seen as the version of what its events are checked against besides its households: its plan
 * activations and its finalised months (ADR 0204). Moved in the transaction that changes them, which holds the
 * village row's lock; read with the row share-locked, so it cannot move until the reader commits. Mapped apart from
 * {@link Village} so that reading it loads neither the village's groups nor its central villages.
 */
@Entity
@Table(name = "village")
public class ReferenceVersion {

    @Id
    private long id;

    @Column(name = "reference_version", insertable = false, updatable = false)
    private long version;

    protected ReferenceVersion() {
    }

    public long villageId() {
        return id;
    }

    public long version() {
        return version;
    }
}
