package org.jifen.scoring;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a village's chain as verification sees it: its position and stored hash, how to recompute the hash
 * from the one before, and what it is ({@code kind}, such as {@code award} or {@code points}, and its id there).
 */
public record ChainedEntry(long seq, @Nullable String hash, String kind, long id, Rehash rehash) {

    /** The hash the entry must have after the given previous hash at the given position. */
    @FunctionalInterface
    public interface Rehash {
        String after(String previousHash, long seq);
    }
}
