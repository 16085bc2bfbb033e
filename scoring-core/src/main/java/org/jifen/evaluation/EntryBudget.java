package org.jifen.evaluation;

/**
 * The ledger entries one act may read and write together (ADR 0194): an activation or its dry run counts the entries
 * of the months it re-scores and every entry it writes (reversals, new awards, the month-end run again), a finalisation
 * or a month-end what it writes. Past the bound the act stops where it is, before the next part is written, and its
 * transaction is rolled back by the caller's refusal: nothing it wrote is kept. The work it may do is bounded by
 * this, not by what a plan can make of the village's events.
 */
public final class EntryBudget {

    /** Spent past the bound: the act must stop and keep nothing. */
    public static final class Exceeded extends RuntimeException {

        private final long spent;

        Exceeded(long spent) {
            super(null, null, false, false);
            this.spent = spent;
        }

        /** The entries counted when the bound was passed (at least the bound and one). */
        public long spent() {
            return spent;
        }
    }

    private final long atMost;
    private long spent;

    private EntryBudget(long atMost) {
        this.atMost = atMost;
    }

    public static EntryBudget of(long atMost) {
        return new EntryBudget(atMost);
    }

    /** Without a bound: for acts bounded elsewhere. */
    public static EntryBudget unbounded() {
        return new EntryBudget(Long.MAX_VALUE);
    }

    /** Counts entries read or written; past the bound, {@link Exceeded}. */
    public void spend(long entries) {
        spent += entries;
        if (spent > atMost) {
            throw new Exceeded(spent);
        }
    }

    /** Whether this many more entries would pass the bound, without counting them. */
    public boolean wouldExceed(long entries) {
        return spent + entries > atMost;
    }

    public long spent() {
        return spent;
    }

    public long atMost() {
        return atMost;
    }
}
