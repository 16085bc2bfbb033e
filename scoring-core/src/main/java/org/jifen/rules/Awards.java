package org.jifen.rules;

/**
 * The one global a plan may use ({@code global org.jifen.rules.Awards awards;}), and the only thing a consequence
 * may do. Which rule asked is captured by the engine, so a rule never names itself.
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

    /** Where requested awards go; the engine attributes each to the rule that is firing. */
    @FunctionalInterface
    public interface Sink {
        void accept(Kind kind, int points, String category);
    }

    private final Sink sink;

    public Awards(Sink sink) {
        this.sink = sink;
    }

    /** Base points; negative points are a deduction. */
    public void add(int points, String category) {
        sink.accept(Kind.BASE, points, category);
    }

    /** Bonus points (附加分), outside the monthly 100. */
    public void bonus(int points, String category) {
        sink.accept(Kind.BONUS, points, category);
    }

    /** 一票否决: the household's month counts zero, base and bonus. */
    public void veto(String category) {
        sink.accept(Kind.VETO, 0, category);
    }
}
