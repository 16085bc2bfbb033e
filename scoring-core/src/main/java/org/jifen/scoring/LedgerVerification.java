package org.jifen.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jifen.engine.HashChain;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a village's chain from its stored entries: every entry's hash from the one before and its own
 * content, positions without gaps, and the chain's end where the head says. Reads in pages, so a village of any
 * size is checked in bounded memory. The chain interleaves awards with the entries other features keep
 * ({@link ChainedEntries}), so each page merges them by position.
 */
@Service
public class LedgerVerification {

    private static final int PAGE = 1_000;
    private static final String AWARD = "award";
    private static final HashChain.Links<ChainedEntry> LINKS = new HashChain.Links<>(ChainedEntry::seq,
            ChainedEntry::hash, (entry, previous, seq) -> entry.rehash().after(previous, seq), ChainedEntry::id);

    private final Villages villages;
    private final AwardLedger entries;
    private final LedgerHeads heads;
    private final List<ChainedEntries> others;

    LedgerVerification(Villages villages, AwardLedger entries, LedgerHeads heads, List<ChainedEntries> others) {
        this.villages = villages;
        this.entries = entries;
        this.heads = heads;
        this.others = others;
    }

    @Transactional(readOnly = true)
    public LedgerCheck verify(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        HashChain.Check check = HashChain.verify("记录", after -> page(village.id(), after, PAGE),
                () -> heads.find(village.id()).map(LedgerHead::lastSeq).orElse(0L), LINKS);
        HashChain.Break broken = check.firstInvalid();
        if (broken == null) {
            return new LedgerCheck(true, check.entries(), null);
        }
        ChainedEntry at = broken.entryId() == null ? null : page(village.id(), broken.seq() - 1, 1).stream()
                .filter(entry -> entry.seq() == broken.seq()).findFirst().orElse(null);
        return new LedgerCheck(false, check.entries(), new LedgerCheck.Broken(broken.seq(),
                at != null && at.kind().equals(AWARD) ? at.id() : null, broken.reason(),
                at == null ? null : at.kind(), at == null ? null : at.id()));
    }

    /**
     * The next entries of the chain after a position, whatever table keeps them: each kind's next page, merged by
     * position, up to the last position every full page has reached (beyond it, a page not read yet may hold one).
     */
    private List<ChainedEntry> page(long villageId, long after, int size) {
        List<List<ChainedEntry>> parts = new ArrayList<>();
        parts.add(entries.findByVillageIdAndChainSeqGreaterThanOrderByChainSeq(villageId, after,
                PageRequest.ofSize(size)).stream().map(LedgerVerification::entry).toList());
        others.forEach(kind -> parts.add(kind.after(villageId, after, size)));
        long horizon = Long.MAX_VALUE;
        for (List<ChainedEntry> part : parts) {
            if (part.size() >= size) {
                horizon = Math.min(horizon, part.get(part.size() - 1).seq());
            }
        }
        long reached = horizon;
        return parts.stream().flatMap(List::stream).filter(entry -> entry.seq() <= reached)
                .sorted(Comparator.comparingLong(ChainedEntry::seq)).toList();
    }

    private static ChainedEntry entry(Award award) {
        Long seq = award.getChainSeq();
        return new ChainedEntry(seq == null ? 0 : seq, award.getChainHash(), AWARD, award.id(), award::hashAfter);
    }
}
