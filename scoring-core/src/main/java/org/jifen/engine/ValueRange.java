package org.jifen.engine;

/**
 * The values a number of a rule can take, from its lowest to its highest, either end possibly without bound: what
 * the rule-file check reasons with to find a divisor that can be zero or points that can leave the bound of an award
 * (ADR 0195). Computed in {@code double}, whose infinities stand for "no bound"; the check compares its ends with
 * small numbers only, so the rounding of very large ends never changes a verdict.
 */
record ValueRange(double lo, double hi) {

    static final ValueRange ANY = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    static final ValueRange NATURAL = new ValueRange(0, Double.POSITIVE_INFINITY);

    static ValueRange of(long value) {
        return new ValueRange(value, value);
    }

    static ValueRange between(long lo, long hi) {
        return new ValueRange(lo, hi);
    }

    boolean containsZero() {
        return lo <= 0 && hi >= 0;
    }

    /** The value of the range nearest zero: the smallest amount of what staff enter. */
    ValueRange nearestZero() {
        double value = containsZero() ? 0 : lo > 0 ? lo : hi;
        return new ValueRange(value, value);
    }

    ValueRange plus(ValueRange other) {
        return new ValueRange(lo + other.lo, hi + other.hi);
    }

    ValueRange minus(ValueRange other) {
        return plus(other.negated());
    }

    ValueRange negated() {
        return new ValueRange(-hi, -lo);
    }

    ValueRange times(ValueRange other) {
        return hull(product(lo, other.lo), product(lo, other.hi), product(hi, other.lo), product(hi, other.hi));
    }

    /** Integer division by a range without zero: between the quotients of the ends. */
    ValueRange dividedBy(ValueRange divisor) {
        return hull(quotient(lo, divisor.lo), quotient(lo, divisor.hi), quotient(hi, divisor.lo),
                quotient(hi, divisor.hi));
    }

    /** The remainder by a range without zero: smaller than the largest divisor, of the sign of the dividend. */
    ValueRange remainder(ValueRange divisor) {
        double below = Math.max(Math.abs(divisor.lo), Math.abs(divisor.hi)) - 1;
        return new ValueRange(lo >= 0 ? 0 : Math.max(lo, -below), hi <= 0 ? 0 : Math.min(hi, below));
    }

    /** The values both ranges allow; an empty result keeps this range (a condition that never holds is not ours). */
    ValueRange within(ValueRange other) {
        double from = Math.max(lo, other.lo);
        double to = Math.min(hi, other.hi);
        return from <= to ? new ValueRange(from, to) : this;
    }

    /** The range in words for a clerk: 「1001 到 11000 之间」, 「1000 以上，没有上限」. */
    String words() {
        if (lo == hi) {
            return "等于 " + number(lo);
        }
        if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
            return "没有上限也没有下限";
        }
        if (hi == Double.POSITIVE_INFINITY) {
            return "在 " + number(lo) + " 以上，没有上限";
        }
        if (lo == Double.NEGATIVE_INFINITY) {
            return "在 " + number(hi) + " 以下，没有下限";
        }
        return "在 " + number(lo) + " 到 " + number(hi) + " 之间";
    }

    private static String number(double value) {
        return Math.abs(value) >= 1e15 ? (value > 0 ? "极大" : "极小") : Long.toString((long) value);
    }

    private static double product(double a, double b) {
        return a == 0 || b == 0 ? 0 : a * b;
    }

    private static double quotient(double a, double b) {
        if (Double.isInfinite(a)) {
            return (a > 0) == (b > 0) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(b)) {
            return 0;
        }
        double q = a / b;
        return Double.isInfinite(q) ? q : q < 0 ? Math.ceil(q) : Math.floor(q);
    }

    private static ValueRange hull(double... values) {
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            from = Math.min(from, value);
            to = Math.max(to, value);
        }
        return new ValueRange(from, to);
    }
}
