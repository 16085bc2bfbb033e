package org.jifen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the township's audit chain (one row): locked by every append, so entries chain one after another. */
@Entity
@Table(name = "audit_head")
class AuditHead {

    static final int THE_TOWNSHIP = 1;

    @Id
    private int id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {
        this.lastHash = "";
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
