package org.jifen.engine;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a hash chain from its stored entries, read in pages after a position: every entry's hash recomputed from
 * the one before and its own content ({@link Sha256#chained}), positions 1, 2, 3, ... without gaps, and the chain's
 * end where its head says. The points ledger and the audit log are both checked by it.
 */
public final class HashChain {

    private HashChain() {
    }

    /** How to read an entry's place in the chain and recompute its hash, e.g. {@code Award::getChainSeq}. */
    public record Links<T>(Function<T, @Nullable Long> seq, Function<T, @Nullable String> hash, Rehash<T> hashAfter,
            ToLongFunction<T> id) {
    }

    /** The hash an entry must have after the given previous hash at the given position. */
    public interface Rehash<T> {
        String hashAfter(T entry, String previousHash, long seq);
    }

    /** Where the chain breaks: the position, the entry there (if any), and why, in words for the auditor. */
    public record Break(long seq, @Nullable Long entryId, String reason) {
    }

    /** How many entries were found intact, and the first break ({@code null} when there is none). */
    public record Check(long entries, @Nullable Break firstInvalid) {
    }

    /**
     * @param entryName what an entry is called in the reasons, such as 记录 or 审计记录
     * @param pageAfter the next entries after a position, in chain order; empty at the end
     * @param headSeq the position the chain's head says is last
     */
    public static <T> Check verify(String entryName, LongFunction<List<T>> pageAfter, LongSupplier headSeq,
            Links<T> links) {
        if (!CHECKS.tryAcquire()) {
            throw new ChainCheckBusy();
        }
        try {
            return walk(entryName, pageAfter, headSeq, links);
        } finally {
            CHECKS.release();
        }
    }

    /** Checks that may run at once in this process, whoever asks: each holds a connection for as long as it reads. */
    static final int CONCURRENT_CHECKS = 2;
    private static final java.util.concurrent.Semaphore CHECKS = new java.util.concurrent.Semaphore(CONCURRENT_CHECKS);

    private static <T> Check walk(String entryName, LongFunction<List<T>> pageAfter, LongSupplier headSeq,
            Links<T> links) {
        long expected = 1;
        String previous = "";
        for (List<T> page = pageAfter.apply(0); !page.isEmpty(); page = pageAfter.apply(expected - 1)) {
            for (T entry : page) {
                Long stored = links.seq().apply(entry);
                long seq = stored == null ? 0 : stored;
                if (seq != expected) {
                    return new Check(expected - 1, new Break(expected, null,
                            "第 " + expected + " 条" + entryName + "缺失（下一条是第 " + seq + " 条）"));
                }
                String hash = links.hash().apply(entry);
                if (!links.hashAfter().hashAfter(entry, previous, seq).equals(hash)) {
                    long id = links.id().applyAsLong(entry);
                    return new Check(expected - 1, new Break(seq, id,
                            "第 " + seq + " 条" + entryName + "（编号 " + id + "）的内容或顺序与链不符，已被改动"));
                }
                previous = hash;
                expected++;
            }
        }
        long last = headSeq.getAsLong();
        if (last != expected - 1) {
            return new Check(expected - 1, new Break(expected, null, "链的末尾应有第 " + last + " 条" + entryName
                    + "，现只有 " + (expected - 1) + " 条：最后的记录被删除了"));
        }
        return new Check(expected - 1, null);
    }
}
