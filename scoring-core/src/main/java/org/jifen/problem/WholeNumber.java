package org.jifen.problem;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A whole number a person wrote — a value of a rule test ({@code .test.yaml}, a test sheet), a request parameter, a
 * path variable, a JSON field, a form field — read in one place, so that a number too large is said to be too large
 * with its limit, never "not an integer" (eighth outside attack: 99999999999999999999 was told 「应是整数」, a plan
 * version 2147483648 「须是整数」).
 *
 * @param value the number, when it is a whole number within the bounds asked for
 * @param outOfRange when it is a whole number outside them, what to say after the value: 「太大了：最大是 2147483647」
 */
public record WholeNumber(@Nullable Long value, @Nullable String outOfRange) {

    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");
    /** Longer than any bound's digits: said too large or too small without reading it. */
    private static final int MAX_DIGITS = 20;

    /** What {@code text} is as a whole number from {@code min} to {@code max}; neither field set when it is none. */
    public static WholeNumber read(@Nullable String text, long min, long max) {
        String written = text == null ? "" : text.strip();
        if (!DIGITS.matcher(written).matches()) {
            return new WholeNumber(null, null);
        }
        boolean negative = written.startsWith("-");
        BigInteger number = written.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "").length() > MAX_DIGITS
                ? BigInteger.TEN.pow(MAX_DIGITS).multiply(BigInteger.valueOf(negative ? -1 : 1))
                : new BigInteger(written);
        if (number.compareTo(BigInteger.valueOf(max)) > 0) {
            return new WholeNumber(null, "太大了：最大是 " + max);
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0) {
            return new WholeNumber(null, "太小了：最小是 " + min);
        }
        return new WholeNumber(number.longValueExact(), null);
    }

    /** As above within the bounds of a Java integer type ({@code int}, {@code Long}, …); null for any other type. */
    public static @Nullable WholeNumber read(@Nullable String text, @Nullable Class<?> type) {
        long[] bounds = boundsOf(type);
        return bounds == null ? null : read(text, bounds[0], bounds[1]);
    }

    /** The smallest and largest value of a Java integer type; null for any other type. */
    public static long @Nullable [] boundsOf(@Nullable Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (type == long.class || type == Long.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (type == short.class || type == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        return null;
    }

    public boolean isWhole() {
        return value != null || outOfRange != null;
    }
}
