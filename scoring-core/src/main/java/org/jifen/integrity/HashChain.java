package org.jifen.integrity;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a hash chain from its stored entries, read in pages after a position: every entry's hash recomputed from
 * the one before and its own content in the format it was linked in ({@link LinkFormat}), positions 1, 2, 3, ...
 * without gaps, and the chain's end where its head says. Every chain of the service is checked by it.
 */
public final class HashChain {

    private HashChain() {
    }

    /**
     * Entries a check reads at a time, each page one query by position on the chain's index and fetched from the
     * database in one round, as projections rather than entities (ADR 0196): memory stays one page whatever the
     * chain's length, and reading costs a few microseconds an entry. A page's query orders by the whole index
     * ({@code village_id, chain_seq}): ordered by the position alone, H2 sorted every entry after the page's start
     * for each page, so a check cost the square of the chain's length.
     */
    public static final int PAGE = 5_000;

    /** Where the chain breaks: the position, the entry there (if any), and why, in words for the auditor. */
    public record Break(long seq, @Nullable Long entryId, @Nullable String kind, String reason) {
    }

    /** How many entries were found intact, and the first break ({@code null} when there is none). */
    public record Check(long entries, @Nullable Break firstInvalid) {
    }

    /**
     * @param entryName what an entry is called in the reasons, such as 记录 or 审计记录
     * @param pageAfter the next entries after a position, in chain order; empty at the end
     * @param headSeq the position the chain's head says is last
     */
    public static Check verify(String entryName, LongFunction<List<ChainedEntry>> pageAfter, LongSupplier headSeq) {
        return verify(new Object(), entryName, pageAfter, headSeq);
    }

    /**
     * As above, for chains of one owner (a village's ledger and evidence, or the township's audit log): an owner holds
     * at most one of the slots at a time, so that one village checking again and again cannot keep the others' checks
     * and the audit log's out (an outside tryout held both slots for ten minutes with one village's ledger).
     */
    public static Check verify(Object owner, String entryName, LongFunction<List<ChainedEntry>> pageAfter,
            LongSupplier headSeq) {
        if (!CHECKING.add(owner)) {
            throw ChainCheckBusy.ofTheSameOwner();
        }
        try {
            if (!CHECKS.tryAcquire()) {
                throw new ChainCheckBusy();
            }
            try {
                return walk(entryName, pageAfter, headSeq);
            } finally {
                CHECKS.release();
            }
        } finally {
            CHECKING.remove(owner);
        }
    }

    /** The owners whose chains are being checked now. */
    private static final java.util.Set<Object> CHECKING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Checks that may run at once in this process, whoever asks: each holds a connection for as long as it reads. */
    static final int CONCURRENT_CHECKS = 2;
    private static final Semaphore CHECKS = new Semaphore(CONCURRENT_CHECKS);

    private static Check walk(String entryName, LongFunction<List<ChainedEntry>> pageAfter, LongSupplier headSeq) {
        long expected = 1;
        String previous = "";
        for (List<ChainedEntry> page = pageAfter.apply(0); !page.isEmpty(); page = pageAfter.apply(expected - 1)) {
            for (ChainedEntry entry : page) {
                if (entry.seq() != expected) {
                    return new Check(expected - 1, new Break(expected, null, null,
                            "第 " + expected + " 条" + entryName + "缺失（下一条是第 " + entry.seq() + " 条）"));
                }
                if (!linksAfter(entry, previous)) {
                    return new Check(expected - 1, new Break(entry.seq(), entry.id(), entry.kind(), "第 " + entry.seq()
                            + " 条" + entryName + "（编号 " + entry.id() + "）的内容或顺序与链不符，已被改动"));
                }
                previous = entry.hash();
                expected++;
            }
        }
        long last = headSeq.getAsLong();
        if (last != expected - 1) {
            return new Check(expected - 1, new Break(expected, null, null, "链的末尾应有第 " + last + " 条" + entryName
                    + "，现只有 " + (expected - 1) + " 条：最后的记录被删除了"));
        }
        return new Check(expected - 1, null);
    }

    /** Whether the entry's stored hash is its link after the previous hash, in the format it says it was linked in. */
    private static boolean linksAfter(ChainedEntry entry, String previousHash) {
        return entry.hash() != null && LinkFormat.numbered(entry.format())
                .map(format -> format.link(previousHash, entry.seq(), entry.fields()).equals(entry.hash()))
                .orElse(false);
    }
}
