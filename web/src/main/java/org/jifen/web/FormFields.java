package org.jifen.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.problem.MalformedRequest;
import org.jifen.problem.Refusal;
import org.jifen.problem.WholeNumber;
import org.jspecify.annotations.Nullable;

/**
 * A page's form fields read as the text a person typed: each field that is missing or malformed gets its own plain
 * Chinese sentence, kept by field so the page shows it next to the field (ADR 0115); {@link #check()} refuses them
 * all at once as one {@link MalformedRequest}, so nothing is done with a half-right form.
 */
public final class FormFields {

    private static final BigDecimal MOST_YUAN = new BigDecimal("100000000");

    private final List<MalformedRequest.FieldError> errors = new ArrayList<>();

    /** A whole number between {@code min} and {@code max}; null (no error) when optional and left empty. */
    public @Nullable Integer whole(String field, @Nullable String typed, String label, int min, int max,
            boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (required) {
                refuse(field, "请填写" + label);
            }
            return null;
        }
        WholeNumber number = WholeNumber.read(text, min, max);
        if (number.value() != null) {
            return number.value().intValue();
        }
        refuse(field, label + "须是 " + min + " 到 " + max + " 之间的整数，现填「" + shown(text) + "」"
                + (number.outOfRange() == null ? "" : "，" + number.outOfRange()));
        return null;
    }

    /** An amount of money in yuan, at least 0.01, at most 1 亿, with at most two decimals. */
    public @Nullable BigDecimal yuan(String field, @Nullable String typed, String label) {
        String text = typed == null ? "" : typed.strip().replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            refuse(field, "请填写" + label + "（元）");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.scale() > 2) {
                refuse(field, label + "以元为单位，最多两位小数（到分），现填「" + shown(text) + "」");
            } else if (value.compareTo(new BigDecimal("0.01")) < 0 || value.compareTo(MOST_YUAN) > 0) {
                refuse(field, label + "须在 0.01 元到 1 亿元之间");
            } else {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            refuse(field, label + "请填数字（元），例如 500 或 128.50，现填「" + shown(text) + "」");
        }
        return null;
    }

    /** A day as the date field sends it ({@code 2024-07-15}); null when left empty (the service takes today). */
    public @Nullable LocalDate day(String field, @Nullable String typed, String label) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            refuse(field, label + "不是有效的日期，请按 年-月-日 填写，例如 2024-07-15");
            return null;
        }
    }

    /** Text of at most {@code max} characters, stripped; null when optional and left empty. */
    public @Nullable String text(String field, @Nullable String typed, String label, int max, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (required) {
                refuse(field, "请填写" + label);
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            refuse(field, label + "最多 " + max + " 个字");
            return null;
        }
        return text;
    }

    /**
     * Refuses text longer than a field takes, saying its limit and its length: never cut silently (tryout pages-2
     * minor 3), for forms whose other checks are the service's own.
     */
    public static void refuseLonger(String label, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new MalformedRequest(label + "最多 " + max + " 个字，现有 " + length + " 个字；请改短后再提交（其他内容已保留）");
        }
    }

    public void refuse(String field, String message) {
        errors.add(new MalformedRequest.FieldError(field, message));
    }

    /** Refuses the form if any field was refused. */
    public void check() {
        if (!errors.isEmpty()) {
            throw MalformedRequest.of(errors);
        }
    }

    /** A refusal's sentences by field (a form's own errors), to show next to each; empty for other refusals. */
    public static Map<String, String> byField(Refusal refusal) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (refusal.properties().get("errors") instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof MalformedRequest.FieldError field) {
                    byField.merge(field.field(), field.message(), (first, more) -> first + "；" + more);
                }
            }
        }
        return byField;
    }

    private static String shown(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
