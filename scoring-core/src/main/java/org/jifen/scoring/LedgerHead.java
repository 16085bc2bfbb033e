package org.jifen.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of a village's chain: locked by every append, so entries of one village chain one after another. */
@Entity
@Table(name = "ledger_head")
class LedgerHead {

    @Id
    @Column(name = "village_id")
    private long villageId;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected LedgerHead() {
        this.lastHash = "";
    }

    LedgerHead(long villageId) {
        this.villageId = villageId;
        this.lastHash = "";
    }

    long villageId() {
        return villageId;
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
