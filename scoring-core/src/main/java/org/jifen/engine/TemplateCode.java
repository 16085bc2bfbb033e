package org.jifen.engine;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The gray code a spreadsheet plan's condition and metadata columns may have: those of the township's template
 * ({@code PlanTemplate} writes its rows from these), with the object row each stands under and the yellow label
 * the template gives it (attack tryout 16, X2). {@code object} null: a metadata column, with no object.
 */
public enum TemplateCode {
    EVENT_TYPE("CONDITION", "Event", "type == \"$param\"", "事件类型"),
    LEAST_QUANTITY("CONDITION", "Event", "quantity >= $param", "最少数量"),
    HOUSEHOLD_TAG("CONDITION", "Household", "hasTag(\"$param\")", "户标签"),
    NOT_THE_TAG("CONDITION", "Household", "!hasTag(\"$param\")", "不含标签（这类户不计）"),
    ATTRIBUTE("CONDITION", "Event", "attr(\"$1\") == \"$2\"", "属性条件（属性, 值）"),
    TICKED("CONDITION", "Event", "flag(\"$param\")", "须勾选（属性）"),
    MOST_DEDUCTED("CONDITION", "MonthSummary", "deductions <= $param", "本月扣分不超过"),
    LEAST_EVENTS("CONDITION", "MonthSummary", "events >= $param", "本月事件不少于"),
    LATEST_CHECK("CONDITION", "MonthSummary", "latest(\"$1\", \"$2\") == \"$3\"", "最近一次检查（事件类型, 属性, 结果）"),
    LEAST_OF_A_TYPE("CONDITION", "MonthSummary", "count(\"$1\") >= $2", "本月这类事件不少于（事件类型, 次数）"),
    CAP("METADATA", null, "cap($param)", "上限（分）"),
    CAP_PERIOD("METADATA", null, "capPer(\"$param\")", "上限周期（月/季度/年/一次性）"),
    CAP_BY("METADATA", null, "capBy(\"$param\")", "分开计上限（属性，如 姓名）");

    static final Map<String, TemplateCode> BY_CODE = Stream.of(values())
            .collect(Collectors.toMap(code -> compact(code.code), Function.identity()));
    static final Map<String, TemplateCode> BY_LABEL = Stream.of(values())
            .collect(Collectors.toMap(code -> code.label, Function.identity()));

    private final String kind;
    private final @Nullable String object;
    private final String code;
    private final String label;

    TemplateCode(String kind, @Nullable String object, String code, String label) {
        this.kind = kind;
        this.object = object;
        this.code = code;
        this.label = label;
    }

    String kind() {
        return kind;
    }

    @Nullable String object() {
        return object;
    }

    /** The object row's text this code may stand under, spaces removed: the type, bound to {@code $e} or not. */
    Set<String> objects() {
        return object == null ? Set.of() : Set.of(object, "$e:" + object);
    }

    public String code() {
        return code;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
