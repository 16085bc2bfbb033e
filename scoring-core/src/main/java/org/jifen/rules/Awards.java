package org.jifen.rules;

/**
 * The one global a plan may use ({@code global org.jifen.rules.Awards awards;}), and the only thing a consequence
 * may do. Which rule asked is captured by the engine, so a rule never names itself. Points are {@code long}, so that
 * a rule's arithmetic is not cut to {@code int} on its way in; the engine bounds each award.
 */
public final class Awards {

    /** The three kinds of award the township's plan knows. */
    public enum Kind {
        /** Base points, counted within the monthly 0..100. */
        BASE,
        /** Bonus points (附加分), counted outside the monthly 100. */
        BONUS,
        /** 一票否决: the household's month counts zero. */
        VETO
    }

    /** Where requested awards go; the engine attributes each to the rule that is firing and checks its bounds. */
    @FunctionalInterface
    public interface Sink {
        void accept(Kind kind, long points, String category);
    }

    private final Sink sink;

    public Awards(Sink sink) {
        this.sink = sink;
    }

    /** Base points; negative points are a deduction. */
    public void add(long points, String category) {
        sink.accept(Kind.BASE, points, category);
    }

    /** Bonus points (附加分), outside the monthly 100. */
    public void bonus(long points, String category) {
        sink.accept(Kind.BONUS, points, category);
    }

    /** 一票否决: the household's month counts zero, base and bonus. */
    public void veto(String category) {
        sink.accept(Kind.VETO, 0, category);
    }
}
