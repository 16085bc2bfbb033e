package org.jifen.evidence;

import java.util.List;
import org.jifen.integrity.ChainKey;
import org.jifen.integrity.ChainRows;
import org.jifen.integrity.ChainedAppend;
import org.jifen.integrity.HashChain;
import org.jifen.integrity.VillageChain;
import org.jifen.village.VillageRegistered;
import org.jifen.village.Villages;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each village's evidence chained by hash (ADR 0181): a piece of evidence altered, removed or reordered behind the
 * service's back is found when the village's ledger is verified. A chain of its own, so that attaching evidence
 * never waits for the points ledger (a month-end holds it) and locks nothing the ledger's writers take.
 */
@Component
class EvidenceChain implements VillageChain {

    /** Older evidence is chained a few at a time: each comes with its bytes (up to 5 MB). */
    private static final int OLDER_AT_ONCE = 10;

    private final ChainedAppend chains;
    private final EvidenceItems items;
    private final Villages villages;
    private final EvidenceChain self;

    EvidenceChain(ChainedAppend chains, EvidenceItems items, Villages villages, @Lazy EvidenceChain self) {
        this.chains = chains;
        this.items = items;
        this.villages = villages;
        this.self = self;
    }

    static ChainKey of(long villageId) {
        return new ChainKey("evidence", villageId);
    }

    /** Links the evidence into its village's chain and stores it, in the caller's transaction. */
    Evidence append(long villageId, Evidence evidence) {
        return chains.append(of(villageId), evidence,
                new ChainRows<>(Evidence::linkFields, Evidence::chain, items::save));
    }

    @Override
    public HashChain.Check verify(long villageId) {
        return chains.verify(of(villageId), "证据", after -> items
                .findLinkedAfter(villageId, after, PageRequest.ofSize(HashChain.PAGE)).stream()
                .map(LinkedEvidence::asChained).toList());
    }

    /** Every village gets its evidence chain when it is registered, in the same transaction. */
    @EventListener
    void startChain(VillageRegistered registered) {
        chains.start(of(registered.villageId()));
    }

    /** Chains the evidence an older database holds unchained, once, when the service starts. */
    @EventListener(ApplicationReadyEvent.class)
    void chainOlderEvidence() {
        villages.findAll().forEach(village -> {
            int chained;
            do {
                chained = self.chainOlderEvidence(village.id());
            } while (chained > 0);
        });
    }

    /** Links the next few pieces of evidence stored before the chain existed, oldest first. */
    @Transactional
    public int chainOlderEvidence(long villageId) {
        List<Evidence> unchained = items.findByVillageIdAndChainSeqIsNullOrderById(villageId,
                PageRequest.ofSize(OLDER_AT_ONCE));
        // Already stored: linking them changes managed rows, written when the transaction commits.
        return chains.appendAll(of(villageId), unchained,
                new ChainRows<>(Evidence::linkFields, Evidence::chain, evidence -> evidence)).size();
    }
}
