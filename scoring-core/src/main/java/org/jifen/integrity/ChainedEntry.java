package org.jifen.integrity;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a chain as verification reads it back: its position, stored hash and link format, its content, and
 * what it is ({@code kind}, such as {@code award} or {@code points}, and its id there).
 */
public record ChainedEntry(long seq, @Nullable String hash, int format, String kind, long id, LinkFields fields) {

    /** The entry as stored, its position and format read from nullable columns (rows older than the chain). */
    public static ChainedEntry stored(@Nullable Long seq, @Nullable String hash, int format, String kind, long id,
            LinkFields fields) {
        return new ChainedEntry(seq == null ? 0 : seq, hash, format, kind, id, fields);
    }
}
