package org.jifen.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Where an entry stands in its chain, as every chained table keeps it (columns chain_seq, chain_hash, chain_format):
 * empty until the entry is linked, then the position, hash and link format {@link ChainedAppend} gave it. One piece
 * for the ledger, the points entries, the audit log and the evidence, so none keeps its link its own way.
 */
@Embeddable
public class ChainPlace {

    /** The entry's place in its chain, 1, 2, 3, ... without gaps; null for a row stored before its chain began. */
    @Column(name = "chain_seq")
    private @Nullable Long seq;

    /** SHA-256 over the previous entry's hash and this entry's content: altering any earlier entry breaks it. */
    @Column(name = "chain_hash")
    private @Nullable String hash;

    /** The {@link LinkFormat} the entry was linked in (ADR 0180). */
    @Column(name = "chain_format")
    private int format;

    protected ChainPlace() {
    }

    /** Not linked yet. */
    public static ChainPlace none() {
        return new ChainPlace();
    }

    /** Where a link put the entry. */
    public static ChainPlace of(ChainLink link) {
        ChainPlace place = new ChainPlace();
        place.seq = link.seq();
        place.hash = link.hash();
        place.format = link.format();
        return place;
    }

    /** The entry as verification reads it back: this place, what it is, and what its link covers. */
    public ChainedEntry entry(String kind, long id, LinkFields fields) {
        return ChainedEntry.stored(seq, hash, format, kind, id, fields);
    }

    public @Nullable Long seq() {
        return seq;
    }

    public @Nullable String hash() {
        return hash;
    }

    public int format() {
        return format;
    }
}
