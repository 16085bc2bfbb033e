package org.jifen.scoring;

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
 * size is checked in bounded memory.
 */
@Service
public class LedgerVerification {

    private static final int PAGE = 1_000;
    private static final HashChain.Links<Award> LINKS = new HashChain.Links<>(Award::getChainSeq, Award::getChainHash,
            Award::hashAfter, Award::id);

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
        HashChain.Check check = HashChain.verify("记录",
                after -> entries.findByVillageIdAndChainSeqGreaterThanOrderByChainSeq(village.id(), after,
                        PageRequest.ofSize(PAGE)),
                () -> heads.find(village.id()).map(LedgerHead::lastSeq).orElse(0L), LINKS);
        HashChain.Break broken = check.firstInvalid();
        return new LedgerCheck(broken == null, check.entries(),
                broken == null ? null : new LedgerCheck.Broken(broken.seq(), broken.entryId(), broken.reason()));
    }
}
