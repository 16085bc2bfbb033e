package org.jifen.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Which chain: its name ({@code ledger}, {@code audit}, {@code evidence}) and whose it is (a village's id; 0 for the
 * township's one chain).
 */
@Embeddable
public record ChainKey(@Column(name = "chain_name") String name, @Column(name = "owner_id") long owner) {

    /** The township's one chain of this name. */
    public static ChainKey township(String name) {
        return new ChainKey(name, 0);
    }
}
