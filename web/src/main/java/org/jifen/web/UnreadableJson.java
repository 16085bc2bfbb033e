package org.jifen.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jifen.problem.WholeNumber;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in Chinese which field of a JSON body could not be taken, and why: a field the request does not have (a typo
 * such as {@code spentOn} for {@code boughtOn}, or one that is set another way, such as an item's stock), a fraction
 * where a whole number goes, a value outside a list of choices, a date not written as a date. Refused rather than
 * ignored or rounded, so that nothing is recorded other than what the clerk meant (Jackson's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} on, {@code ACCEPT_FLOAT_AS_INT} off: application.properties).
 */
final class UnreadableJson {

    /** The number in Jackson's 「Numeric value (2147483648) out of range of int」. */
    private static final java.util.regex.Pattern WRITTEN_NUMBER = java.util.regex.Pattern.compile("\\(([+-]?\\d+)\\)");

    private UnreadableJson() {
    }

    /** The detail for the first cause Jackson gave, if it names a field. */
    static Optional<String> detail(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return Optional.of(unknown(unknown));
            }
            if (cause instanceof InputCoercionException outOfRange) {
                String field = field(outOfRange.getPath());
                if (field != null) {
                    return Optional.ofNullable(outOfRange(field, outOfRange));
                }
            }
            if (cause instanceof MismatchedInputException mismatched) {
                String field = field(mismatched.getPath());
                WholeNumber number = mismatched instanceof InvalidFormatException invalid
                        ? WholeNumber.read(String.valueOf(invalid.getValue()), mismatched.getTargetType()) : null;
                if (field != null && number != null && number.outOfRange() != null) {
                    return Optional.of("字段「" + field + "」的值「" + ((InvalidFormatException) mismatched).getValue() + "」"
                            + number.outOfRange());
                }
                if (field != null) {
                    return Optional.ofNullable(mismatched(field, mismatched.getTargetType()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A whole number beyond its field's type (99999999999999999999 for a number): said too large with the limit, never
     * "not a whole number" (eighth outside attack). Jackson's message holds the number as written.
     */
    private static @Nullable String outOfRange(String field, InputCoercionException outOfRange) {
        long[] bounds = WholeNumber.boundsOf(outOfRange.getTargetType());
        if (bounds == null) {
            return null;
        }
        java.util.regex.Matcher written = WRITTEN_NUMBER.matcher(String.valueOf(outOfRange.getOriginalMessage()));
        WholeNumber number = written.find() ? WholeNumber.read(written.group(1), bounds[0], bounds[1]) : null;
        return number != null && number.outOfRange() != null
                ? "字段「" + field + "」的值「" + written.group(1) + "」" + number.outOfRange()
                : "字段「" + field + "」的数超出了范围：须在 " + bounds[0] + " 到 " + bounds[1] + " 之间";
    }

    private static String unknown(UnrecognizedPropertyException unknown) {
        String field = unknown.getPropertyName();
        TreeSet<String> known = new TreeSet<>();
        if (unknown.getKnownPropertyIds() != null) {
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        }
        String hint = "stock".equals(field) ? "库存不能直接改：请用入库（stock:receive）或报损（stock:write-off）登记，写明原因。"
                : "";
        return "字段「" + field + "」这里不接受，没有登记任何内容。" + hint
                + (known.isEmpty() ? "" : "这里可以写的字段：" + String.join("、", known) + "。");
    }

    private static @Nullable String mismatched(String field, @Nullable Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type.isEnum()) {
            List<String> choices = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return "字段「" + field + "」只能是 " + String.join("、", choices) + " 之一";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "字段「" + field + "」须是整数（例如 5），不能有小数或文字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "字段「" + field + "」须是 true 或 false（不加引号）";
        }
        if (type == LocalDate.class) {
            return "字段「" + field + "」须是日期，写成 2024-07-15";
        }
        return null;
    }

    private static @Nullable String field(List<JacksonException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getPropertyName() != null) {
                return path.get(i).getPropertyName();
            }
        }
        return null;
    }
}
