package org.jifen.scoring;

import io.micrometer.core.annotation.Timed;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jifen.integrity.ChainKey;
import org.jifen.integrity.ChainRows;
import org.jifen.integrity.ChainedAppend;
import org.jifen.village.VillageRegistered;
import org.jifen.village.Villages;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to a village's points ledger, each chained to the one before by hash, so that an entry altered,
 * removed or reordered behind the service's back is found by {@link LedgerVerification}. Appends of one village
 * take turns on the village's chain head; villages never wait for each other.
 *
 * <p>The ledger holds two kinds of entry: awards (the points a household earned, table {@code award}) and the
 * points side of using them (spent on a redemption, returned by its cancellation, expired; kept by the balance
 * feature in a table of its own). Awards go through {@link #appendAll}, the points side through
 * {@link #append(long, Object, ChainRows)}; both take the village's next position and hash under the locked
 * chain head ({@link ChainedAppend}), and {@link LedgerVerification} walks both, in chain order.
 */
@Component
public class Ledger {

    /** A village's points ledger. */
    public static ChainKey of(long villageId) {
        return new ChainKey("ledger", villageId);
    }

    private final ChainedAppend chains;
    private final AwardRows rows;
    private final AwardLedger entries;
    private final Villages villages;
    private final LedgerMonthCounts counts;
    private final HouseholdMonthTotals totals;
    private final RecordedRows recorded;
    private final Ledger self;

    Ledger(ChainedAppend chains, AwardRows rows, AwardLedger entries, Villages villages, LedgerMonthCounts counts,
            HouseholdMonthTotals totals, RecordedRows recorded, @Lazy Ledger self) {
        this.chains = chains;
        this.totals = totals;
        this.recorded = recorded;
        this.counts = counts;
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
     * insert per entry, and the head moved once; each month's count of entries moves with them (ADR 0219), and so do
     * the households' months' totals (ADR 0261).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Timed(value = "jifen.chain.append", extraTags = {"chain", "ledger"}, description = "Appending to a hash chain")
    public List<Award> appendAll(List<Award> awards) {
        if (awards.isEmpty()) {
            return List.of();
        }
        return appendAll(awards, rows::save);
    }

    /**
     * As {@link #appendAll(List)}, for recording: the entries' rows are kept to be written with the events' by
     * {@link RecordedRows} (ADR 0229, 0265) rather than persisted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Timed(value = "jifen.chain.append", extraTags = {"chain", "ledger"}, description = "Appending to a hash chain")
    public List<Award> appendRecorded(List<Award> awards) {
        return awards.isEmpty() ? List.of() : appendAll(awards, recorded::award);
    }

    private List<Award> appendAll(List<Award> awards, UnaryOperator<Award> save) {
        long villageId = awards.get(0).getVillageId();
        if (awards.stream().anyMatch(award -> award.getVillageId() != villageId)) {
            throw new IllegalArgumentException("entries of two villages in one append");
        }
        List<Award> saved = chains.appendAll(of(villageId), awards,
                new ChainRows<>(Award::linkFields, Award::chain, save));
        counts.appended(saved);
        totals.appended(saved);
        return saved;
    }

    /**
     * The entries the village's month holds, with those appended in the caller's transaction so far, from its count
     * (ADR 0219), never by counting them. Call it holding the chain head ({@link #holdHead}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long entriesOfMonth(long villageId, java.time.YearMonth month) {
        return counts.entries(villageId, month);
    }

    /**
     * Takes the village's chain head now, for the rest of the caller's transaction, before anything is appended: what
     * the transaction reads of the ledger from here on includes every entry committed before its own (ADR 0056,
     * 0058), and no other entry of the village can be appended until it commits. Answers the ledger's last position.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long holdHead(long villageId) {
        return chains.hold(of(villageId));
    }

    /** The ledger's last position as committed, without holding its head: it moves with every entry appended. */
    public long lastPosition(long villageId) {
        return chains.lastPosition(of(villageId));
    }

    /**
     * Appends an entry the points side keeps in a table of its own (spent, returned, expired) within the caller's
     * transaction, saved as {@code rows} says at the village's next position.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Timed(value = "jifen.chain.append", extraTags = {"chain", "ledger"}, description = "Appending to a hash chain")
    public <T> T append(long villageId, T entry, ChainRows<T> rows) {
        return chains.append(of(villageId), entry, rows);
    }

    /** Chains entries written before the chain existed (an upgraded database), oldest first. */
    @Transactional
    public int chainOlderEntries(long villageId) {
        List<Award> unchained = entries.findByVillageIdAndChainSeqIsNullOrderById(villageId);
        // Already stored: linking them changes managed rows, written when the transaction commits.
        return chains.appendAll(of(villageId), unchained,
                new ChainRows<>(Award::linkFields, Award::chain, UnaryOperator.identity())).size();
    }

    /** Every village gets its chain head when it is registered, in the same transaction. */
    @EventListener
    void startChain(VillageRegistered registered) {
        chains.start(of(registered.villageId()));
    }

    /** Chains what an older database holds unchained, once, when the service starts. */
    @EventListener(ApplicationReadyEvent.class)
    void chainOlderEntries() {
        villages.findAll().forEach(village -> self.chainOlderEntries(village.id()));
    }
}
