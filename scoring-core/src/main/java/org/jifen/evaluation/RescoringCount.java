package org.jifen.evaluation;

/**
 * What one re-scoring would read and write, counted before it writes anything (ADR 0194, 0217): the entries the
 * months hold now, those of them it would take back, and the new ones it would write (the new version's awards and
 * the month-end run again). Counting stops as soon as the three together pass the bound, with
 * {@link EntryBudget.Exceeded}: the figures are then what was counted up to there.
 */
public final class RescoringCount {

    private final long atMost;
    private final long existing;
    private long reversed;
    private long added;

    private RescoringCount(long existing, long atMost) {
        this.existing = existing;
        this.atMost = atMost;
    }

    /** A count starting from the months' entries, which must be within the bound. */
    public static RescoringCount of(long existing, long atMost) {
        return new RescoringCount(existing, atMost);
    }

    void count(long reversing, long adding) {
        reversed += reversing;
        added += adding;
        if (total() > atMost) {
            throw new EntryBudget.Exceeded(total());
        }
    }

    public long existing() {
        return existing;
    }

    public long reversed() {
        return reversed;
    }

    public long added() {
        return added;
    }

    public long total() {
        return existing + reversed + added;
    }

    public long atMost() {
        return atMost;
    }
}
