package org.jifen.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The end of one chain: locked by every append, so the chain's entries are linked one after another. */
@Entity
@Table(name = "chain_head")
class ChainHead {

    @EmbeddedId
    private ChainKey key;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected ChainHead() {
        this.key = new ChainKey("", 0);
        this.lastHash = "";
    }

    ChainHead(ChainKey key) {
        this.key = key;
        this.lastHash = "";
    }

    long lastSeq() {
        return lastSeq;
    }

    /** The link of the next entry, in the current format. */
    ChainLink next(LinkFields fields) {
        long seq = lastSeq + 1;
        return new ChainLink(seq, LinkFormat.CURRENT.link(lastHash, seq, fields), LinkFormat.CURRENT.number());
    }

    void advance(ChainLink link) {
        this.lastSeq = link.seq();
        this.lastHash = link.hash();
    }
}
