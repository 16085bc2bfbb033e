package org.jifen.scoring;

import java.util.List;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a village's chain from its stored entries: every entry's hash from the one before and its own
 * content, positions without gaps, and the chain's end where the head says. Reads in pages, so a village of any
 * size is checked in bounded memory.
 */
@Service
public class LedgerVerification {

    private static final int PAGE = 1_000;

    private final Villages villages;
    private final AwardLedger entries;
    private final LedgerHeads heads;

    LedgerVerification(Villages villages, AwardLedger entries, LedgerHeads heads) {
        this.villages = villages;
        this.entries = entries;
        this.heads = heads;
    }

    @Transactional(readOnly = true)
    public LedgerCheck verify(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        long expected = 1;
        String previous = "";
        List<Award> page = entries.findByVillageIdAndChainSeqGreaterThanOrderByChainSeq(village.id(), 0,
                PageRequest.ofSize(PAGE));
        while (!page.isEmpty()) {
            for (Award entry : page) {
                long seq = entry.getChainSeq() == null ? 0 : entry.getChainSeq();
                if (seq != expected) {
                    return broken(expected - 1, new LedgerCheck.Broken(expected, null,
                            "第 " + expected + " 条记录缺失（下一条是第 " + seq + " 条）"));
                }
                if (!entry.hashAfter(previous, seq).equals(entry.getChainHash())) {
                    return broken(expected - 1, new LedgerCheck.Broken(seq, entry.id(),
                            "第 " + seq + " 条记录（编号 " + entry.id() + "）的内容或顺序与链不符，已被改动"));
                }
                previous = entry.getChainHash();
                expected++;
            }
            page = entries.findByVillageIdAndChainSeqGreaterThanOrderByChainSeq(village.id(), expected - 1,
                    PageRequest.ofSize(PAGE));
        }
        long last = heads.find(village.id()).map(LedgerHead::lastSeq).orElse(0L);
        if (last != expected - 1) {
            return broken(expected - 1, new LedgerCheck.Broken(expected, null,
                    "链的末尾应有第 " + last + " 条记录，现只有 " + (expected - 1) + " 条：最后的记录被删除了"));
        }
        return new LedgerCheck(true, expected - 1, null);
    }

    private static LedgerCheck broken(long checked, LedgerCheck.Broken where) {
        return new LedgerCheck(false, checked, where);
    }
}
