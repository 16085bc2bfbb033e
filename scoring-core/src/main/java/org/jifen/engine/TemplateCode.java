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
            "不到", "低于", "上限", "最大", "至多", "不多于", "≤", "<", "不足", "没有");
    private static final java.util.List<String> AT_LEAST = java.util.List.of("最少", "不少于", "以上", "至少", "多于",
            "大于", "高于", "下限", "最小", "最低", "≥", ">", "保底");
    /** Words excluding a tag, a type or a value; 不 alone is not one (「户标签（不填则每户都计）」). */
    private static final java.util.List<String> NEGATIONS = java.util.List.of("不含", "不带", "不是", "不属于", "不计", "非",
            "没有", "除", "免", "排除", "以外", "不等于", "≠", "!=");
    /** Words excluding a type or a value (「不含事件类型」 over {@code type == "$param"}, attack tryout 18, F8). */
    private static final java.util.List<String> EXCLUDED = java.util.List.of("不含", "不是", "不属于", "除", "排除", "以外",
            "不等于", "≠", "!=", "非此", "非本", "非该");
    private static final java.util.List<String> UNTICKED = java.util.List.of("不勾选", "未勾选", "没勾选", "不用勾选",
            "无需勾选", "免勾选", "不选");
    /** A cap counts points: 「最多次数」「上限（次）」 or a floor say something else (attack tryout 18, F8). */
    private static final java.util.List<String> NOT_A_CAP = java.util.List.of("下限", "保底", "最少", "至少", "最低", "次",
            "不少于", "按年", "每年", "全年", "季度", "一次性", "永久");
    /** The period column's default is the month: a label saying another default (attack 18b, N8). */
    private static final java.util.List<String> OTHER_DEFAULT = java.util.List.of("默认年", "默认按年", "默认季度",
            "默认按季度", "默认一次", "默认永久", "默认每年", "默认每季度");

    /**
     * The word of a label, changed from the template's, that says the opposite of this column's code (a bound in the
     * other direction, a tag, type or value excluded, a tick not required, a floor or a count for a cap of points), or
     * null when it says nothing against it; {@code ""} for a label that does not say the column's condition at all
     * where a word of it is needed (a minimum, a maximum, an exclusion). Synonyms a clerk may write are in the lists;
     * a label without any of the needed words is refused too (attack tryout 18, F8: 「最大数量」).
     */
    @Nullable String saysOtherwise(String label) {
        java.util.List<String> opposite = switch (this) {
            case LEAST_QUANTITY, LEAST_EVENTS, LEAST_OF_A_TYPE -> AT_MOST;
            case MOST_DEDUCTED -> AT_LEAST;
            case HOUSEHOLD_TAG -> NEGATIONS;
            case EVENT_TYPE, ATTRIBUTE -> EXCLUDED;
            case TICKED -> UNTICKED;
            case CAP -> NOT_A_CAP;
            case CAP_PERIOD -> OTHER_DEFAULT;
            default -> java.util.List.of();
        };
        java.util.List<String> needed = switch (this) {
            case LEAST_QUANTITY, LEAST_EVENTS, LEAST_OF_A_TYPE -> java.util.List.of("最少", "不少于", "至少", "以上", "最低",
                    "≥", "起");
            case MOST_DEDUCTED -> java.util.List.of("不超过", "最多", "以内", "以下", "至多", "不多于", "≤");
            case NOT_THE_TAG -> NEGATIONS;
            case CAP -> java.util.List.of("上限", "最多", "封顶", "为止", "不超过", "至多");
            default -> java.util.List.of();
        };
        String said = opposite.stream().filter(label::contains).findFirst().orElse(null);
        if (this == MOST_DEDUCTED && said == null && label.replace("不超过", "").contains("超过")) {
            said = "超过";
        }
        if (said == null && !needed.isEmpty() && needed.stream().noneMatch(label::contains)) {
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
