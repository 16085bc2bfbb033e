package org.jifen.scoring;

import io.micrometer.core.annotation.Timed;
import java.util.List;
import org.jifen.village.VillageRegistered;
import org.jifen.village.Villages;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to a village's points ledger, each chained to the one before by hash, so that an entry altered,
 * removed or reordered behind the service's back is found by {@link LedgerVerification}. Appends of one village
 * take turns on the village's chain head; villages never wait for each other.
 *
 * <p>The ledger holds two kinds of entry: awards (the points a household earned, table {@code award}) and the
 * points side of using them (spent on a redemption, returned by its cancellation, expired; kept by the balance
 * feature in a table of its own). Awards go through {@link #appendAll}, the points side through
 * {@link #append(long, Link)}; both take the village's next position and hash under the locked chain head, and
 * {@link LedgerVerification} walks both, in chain order.
 */
@Component
public class Ledger {

    private final LedgerHeads heads;
    private final AwardRows rows;
    private final AwardLedger entries;
    private final Villages villages;
    private final Ledger self;
    private final jakarta.persistence.EntityManager entityManager;

    Ledger(LedgerHeads heads, AwardRows rows, AwardLedger entries, Villages villages, @Lazy Ledger self,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.heads = heads;
        this.rows = rows;
        this.entries = entries;
        this.villages = villages;
        this.self = self;
    }

    /** Appends an award within the caller's transaction; the chain head stays locked until it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    @Timed(value = "jifen.chain.append", extraTags = {"chain", "ledger"}, description = "Appending to a hash chain")
    public Award append(Award award) {
        return appendAll(List.of(award)).get(0);
    }

    /**
     * Appends entries of one village in order, within the caller's transaction, taking the chain head once: one
     * insert per entry, and the head moved once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Timed(value = "jifen.chain.append", extraTags = {"chain", "ledger"}, description = "Appending to a hash chain")
    public List<Award> appendAll(List<Award> awards) {
        if (awards.isEmpty()) {
            return List.of();
        }
        LedgerHead head = lockHead(awards.get(0).getVillageId());
        long seq = head.lastSeq();
        String hash = head.lastHash();
        List<Award> saved = new java.util.ArrayList<>(awards.size());
        for (Award award : awards) {
            if (award.getVillageId() != head.villageId()) {
                throw new IllegalArgumentException("entries of two villages in one append");
            }
            award.chain(++seq, hash);
            Award row = rows.save(award);
            hash = row.getChainHash() == null ? "" : row.getChainHash();
            saved.add(row);
        }
        head.advance(seq, hash);
        return List.copyOf(saved);
    }

    /**
     * Takes the village's chain head now, for the rest of the caller's transaction, before anything is appended: what
     * the transaction reads of the ledger from here on includes every entry committed before its own (ADR 0056,
     * 0058), and no other entry of the village can be appended until it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdHead(long villageId) {
        lockHead(villageId);
    }

    /**
     * Appends any entry of the village's ledger within the caller's transaction: locks the village's chain head,
     * lets {@code link} write the entry at the next position after the previous hash, and moves the head to it. The
     * head stays locked until the caller's transaction commits, so positions never repeat or skip.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T append(long villageId, Link<T> link) {
        LedgerHead head = lockHead(villageId);
        long seq = head.lastSeq() + 1;
        Linked<T> linked = link.at(seq, head.lastHash());
        head.advance(seq, linked.hash());
        return linked.entry();
    }

    /** Writes one entry at a position of the chain, after the previous entry's hash; answers it with its own hash. */
    @FunctionalInterface
    public interface Link<T> {
        Linked<T> at(long seq, String previousHash);
    }

    /** An entry as written into the chain, and the hash it was given there. */
    public record Linked<T>(T entry, String hash) {
    }

    /** Chains entries written before the chain existed (an upgraded database), oldest first. */
    @Transactional
    public int chainOlderEntries(long villageId) {
        List<Award> unchained = entries.findByVillageIdAndChainSeqIsNullOrderById(villageId);
        if (unchained.isEmpty()) {
            return 0;
        }
        LedgerHead head = lockHead(villageId);
        for (Award award : unchained) {
            long seq = head.lastSeq() + 1;
            award.chain(seq, head.lastHash());
            head.advance(seq, award.getChainHash() == null ? "" : award.getChainHash());
        }
        return unchained.size();
    }

    /** Every village gets its chain head when it is registered, in the same transaction. */
    @EventListener
    void startChain(VillageRegistered registered) {
        heads.save(new LedgerHead(registered.villageId()));
    }

    /** Chains what an older database holds unchained, once, when the service starts. */
    @EventListener(ApplicationReadyEvent.class)
    void chainOlderEntries() {
        villages.findAll().forEach(village -> self.chainOlderEntries(village.id()));
    }

    /**
     * The village's chain head, locked for the rest of the transaction: by a query the first time, after that as the
     * transaction already holds it, so that a batch of events or a month's entries lock it once.
     */
    private LedgerHead lockHead(long villageId) {
        HeldHead key = new HeldHead(villageId, entityManager.unwrap(org.hibernate.Session.class));
        if (TransactionSynchronizationManager.getResource(key) instanceof LedgerHead held) {
            if (entityManager.contains(held)) {
                return held;
            }
            TransactionSynchronizationManager.unbindResource(key);
        }
        LedgerHead head = heads.lock(villageId).orElseThrow(() -> new IllegalStateException(
                "village " + villageId + " has no ledger head"));
        TransactionSynchronizationManager.bindResource(key, head);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return head;
    }

    /** A head locked by the transaction of this persistence context. */
    private record HeldHead(long villageId, Object session) {
    }
}
