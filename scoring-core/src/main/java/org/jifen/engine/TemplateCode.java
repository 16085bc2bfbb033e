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

    /** Words of a bound's other direction: 「最多数量」 over {@code quantity >= $param} (attack tryout 17, H1). */
    private static final java.util.List<String> AT_MOST = java.util.List.of("最多", "不超过", "以下", "以内", "少于", "小于",
            "不到", "低于", "上限");
    private static final java.util.List<String> AT_LEAST = java.util.List.of("最少", "不少于", "以上", "至少", "多于",
            "大于", "高于", "下限");
    /** Words excluding a tag; 不 alone is not one (「户标签（不填则每户都计）」). */
    private static final java.util.List<String> NEGATIONS = java.util.List.of("不含", "不带", "不是", "不属于", "不计", "非",
            "没有", "除", "免", "排除", "以外");
    private static final java.util.List<String> UNTICKED = java.util.List.of("不勾选", "未勾选", "没勾选", "不用勾选",
            "无需勾选", "免勾选", "不选");

    /**
     * The word of a label, changed from the template's, that says the opposite of this column's code (a bound in the
     * other direction, a tag required or excluded, a tick required or not), or null. {@code ""} for an excluded tag's
     * label that says no exclusion at all.
     */
    @Nullable String saysOtherwise(String label) {
        java.util.List<String> opposite = switch (this) {
            case LEAST_QUANTITY, LEAST_EVENTS, LEAST_OF_A_TYPE -> AT_MOST;
            case MOST_DEDUCTED -> AT_LEAST;
            case HOUSEHOLD_TAG -> NEGATIONS;
            case TICKED -> UNTICKED;
            default -> java.util.List.of();
        };
        String said = opposite.stream().filter(label::contains).findFirst().orElse(null);
        if (this == MOST_DEDUCTED && said == null && label.replace("不超过", "").contains("超过")) {
            said = "超过";
        }
        if (this == NOT_THE_TAG && NEGATIONS.stream().noneMatch(label::contains)) {
            said = "";
        }
        return said;
    }

    /** The yellow label the template gives the column. */
    public String label() {
        return label;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
