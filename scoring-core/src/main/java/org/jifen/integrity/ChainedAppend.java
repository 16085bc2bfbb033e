package org.jifen.integrity;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to a chain, each linked to the one before by hash, so that an entry altered, removed or reordered
 * behind the service's back is found by {@link #verify}. Appends to one chain take turns on its head, locked until
 * the caller's transaction commits, so positions never repeat or skip; chains never wait for each other. The points
 * ledger, the audit log and the evidence store all append here.
 */
@Component
public class ChainedAppend {

    private final ChainHeads heads;
    private final EntityManager entityManager;

    ChainedAppend(ChainHeads heads, EntityManager entityManager) {
        this.heads = heads;
        this.entityManager = entityManager;
    }

    /**
     * Appends entries in order within the caller's transaction, taking the chain's head once: each entry linked, then
     * saved as {@code rows} says, and the head moved (one update when the transaction flushes).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> List<T> appendAll(ChainKey chain, List<T> entries, ChainRows<T> rows) {
        if (entries.isEmpty()) {
            return List.of();
        }
        ChainHead head = lock(chain);
        List<T> saved = new ArrayList<>(entries.size());
        for (T entry : entries) {
            ChainLink link = head.next(rows.fields().apply(entry));
            rows.keep().accept(entry, link);
            saved.add(rows.save().apply(entry));
            head.advance(link);
        }
        return List.copyOf(saved);
    }

    /** Appends one entry; see {@link #appendAll}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T append(ChainKey chain, T entry, ChainRows<T> rows) {
        return appendAll(chain, List.of(entry), rows).get(0);
    }

    /**
     * Takes the chain's head now, for the rest of the caller's transaction, before anything is appended: what the
     * transaction reads of the chain from here on includes every entry committed before its own (ADR 0056, 0058).
     * Answers the chain's last position, which moves with every entry appended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long hold(ChainKey chain) {
        return lock(chain).lastSeq();
    }

    /** The chain's last position as committed, without taking its head (0 for a chain without entries). */
    @Transactional(readOnly = true)
    public long lastPosition(ChainKey chain) {
        return heads.find(chain).map(ChainHead::lastSeq).orElse(0L);
    }

    /** Starts an empty chain, in the caller's transaction (a village's chains, when it is registered). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(ChainKey chain) {
        heads.save(new ChainHead(chain));
    }

    /**
     * Recomputes the chain from its stored entries, read in pages after a position: hashes, positions without gaps,
     * the end where the head says.
     */
    @Transactional(readOnly = true)
    public HashChain.Check verify(ChainKey chain, String entryName, LongFunction<List<ChainedEntry>> pageAfter) {
        // The owner, not the chain: a village's ledger and its evidence are checked by one request, one after another.
        String owner = chain.owner() == 0 ? "township" : "village " + chain.owner();
        return HashChain.verify(owner, entryName, pageAfter,
                () -> heads.find(chain).map(ChainHead::lastSeq).orElse(0L));
    }

    /**
     * The chain's head, locked for the rest of the transaction: by a query the first time, after that as the
     * transaction already holds it, so that a batch of events or a month's entries lock it once.
     */
    private ChainHead lock(ChainKey chain) {
        HeldHead key = new HeldHead(chain, entityManager.unwrap(Session.class));
        if (TransactionSynchronizationManager.getResource(key) instanceof ChainHead held) {
            if (entityManager.contains(held)) {
                return held;
            }
            TransactionSynchronizationManager.unbindResource(key);
        }
        ChainHead head = heads.lock(chain).orElseThrow(() -> new IllegalStateException(
                "chain " + chain.name() + " of " + chain.owner() + " has no head"));
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
    private record HeldHead(ChainKey chain, Object session) {
    }
}
