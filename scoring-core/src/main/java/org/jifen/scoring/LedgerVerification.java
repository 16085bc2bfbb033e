package org.jifen.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jifen.integrity.ChainedAppend;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.HashChain;
import org.jifen.integrity.VillageChain;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a village's chain from its stored entries ({@link ChainedAppend#verify}): every entry's hash from the
 * one before and its own content, positions without gaps, and the chain's end where the head says. Reads in pages,
 * so a village of any size is checked in bounded memory. The chain interleaves awards with the entries other
 * features keep ({@link ChainedEntries}), so each page merges them by position. The village's other chains (its
 * evidence, {@link VillageChain}) are checked after it; {@code entries} counts the ledger's.
 */
@Service
public class LedgerVerification {


    private final Villages villages;
    private final AwardLedger entries;
    private final ChainedAppend chains;
    private final List<ChainedEntries> others;
    private final List<VillageChain> villageChains;

    LedgerVerification(Villages villages, AwardLedger entries, ChainedAppend chains, List<ChainedEntries> others,
            List<VillageChain> villageChains) {
        this.villages = villages;
        this.entries = entries;
        this.chains = chains;
        this.others = others;
        this.villageChains = villageChains;
    }

    @Transactional(readOnly = true)
    public LedgerCheck verify(String villageCode) {
        Village village = villages.findByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        HashChain.Check check = chains.verify(Ledger.of(village.id()), "记录",
                after -> page(village.id(), after, HashChain.PAGE));
        for (VillageChain other : villageChains) {
            if (check.firstInvalid() != null) {
                break;
            }
            HashChain.Check its = other.verify(village.id());
            check = new HashChain.Check(check.entries(), its.firstInvalid());
        }
        HashChain.Break broken = check.firstInvalid();
        if (broken == null) {
            return new LedgerCheck(true, check.entries(), null);
        }
        return new LedgerCheck(false, check.entries(), new LedgerCheck.Broken(broken.seq(),
                "award".equals(broken.kind()) ? broken.entryId() : null, broken.reason(), broken.kind(),
                broken.entryId()));
    }

    /**
     * The next entries of the chain after a position, whatever table keeps them: each kind's next page, merged by
     * position, up to the last position every full page has reached (beyond it, a page not read yet may hold one).
     */
    private List<ChainedEntry> page(long villageId, long after, int size) {
        List<List<ChainedEntry>> parts = new ArrayList<>();
        parts.add(entries.findLinkedAfter(villageId, after, PageRequest.ofSize(size)).stream()
                .map(LinkedAward::asChained).toList());
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
}
