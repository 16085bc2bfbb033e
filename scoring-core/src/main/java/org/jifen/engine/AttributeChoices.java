package org.jifen.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the plan's rules know of each event type's attributes (ADR 0172), read from the rules' conditions: an
 * attribute every rule compares with a literal (「结果」 == 「优秀」, the spreadsheet's 属性条件 and 最近一次检查 columns)
 * has those values as its choices; one only ever asked with {@code flag(…)} (须勾选) is a tick. An attribute read any
 * other way, or by a rule that is not about one event type, has no choices: staff type it freely, as the contract
 * says. Staff are offered the choices; an event whose value is not among them is recorded (the contract keeps
 * attributes free) and its answer says why it scored nothing, instead of blaming the event type.
 */
public final class AttributeChoices {

    private static final Pattern READ = Pattern.compile("\\b(attr|intAttr|flag)\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern LATEST = Pattern.compile("\\b(latest|count|sum)\\(\\s*\"([^\"]*)\"\\s*(?:,\\s*\"([^\"]*)\"\\s*)?\\)");
    private static final Pattern EQUALS_LITERAL = Pattern.compile("^\\s*==\\s*\"([^\"]*)\"");
    private static final Set<String> TICKED = Set.of("true", "yes", "1", "是", "有");
    private static final Set<String> UNTICKED = Set.of("", "false", "no", "0", "否", "无", "没有", "不是");

    /** An attribute's choices: a tick ({@code flag}), or the values the rules compare it with. */
    public record Choice(boolean tick, List<String> values) {
    }

    /** No plan: no choices, nothing known. */
    public static final AttributeChoices NONE = new AttributeChoices(Map.of(), Set.of(), Set.of());

    private final Map<String, Map<String, Choice>> byType;
    private final Set<String> scoredAtOnce;
    private final Set<String> scoredAtMonthEnd;

    private AttributeChoices(Map<String, Map<String, Choice>> byType, Set<String> scoredAtOnce,
            Set<String> scoredAtMonthEnd) {
        this.byType = byType;
        this.scoredAtOnce = scoredAtOnce;
        this.scoredAtMonthEnd = scoredAtMonthEnd;
    }

    static AttributeChoices of(Collection<RuleInfo> rules) {
        Map<String, Map<String, Set<String>>> values = new LinkedHashMap<>();
        Map<String, Set<String>> ticks = new LinkedHashMap<>();
        Set<String> open = new HashSet<>();
        Set<String> openEverywhere = new HashSet<>();
        Set<String> atOnce = new TreeSet<>();
        Set<String> atMonthEnd = new TreeSet<>();
        for (RuleInfo rule : rules) {
            String when = conditions(rule.source());
            Set<String> types = TypeTests.accepted(when);
            atOnce.addAll(types);
            Matcher read = READ.matcher(when);
            while (read.find()) {
                String attribute = read.group(2);
                if (types.size() != 1) {
                    openEverywhere.add(attribute);
                    continue;
                }
                String of = types.iterator().next();
                Matcher literal = EQUALS_LITERAL.matcher(when.substring(read.end()));
                if (read.group(1).equals("flag")) {
                    ticks.computeIfAbsent(of, t -> new LinkedHashSet<>()).add(attribute);
                } else if (read.group(1).equals("attr") && literal.find()) {
                    values.computeIfAbsent(of, t -> new LinkedHashMap<>())
                            .computeIfAbsent(attribute, a -> new LinkedHashSet<>()).add(literal.group(1));
                } else {
                    open.add(of + "\u0000" + attribute);
                }
            }
            Matcher latest = LATEST.matcher(when);
            while (latest.find()) {
                atMonthEnd.add(latest.group(2));
                if (latest.group(3) == null) {
                    continue;
                }
                Matcher literal = EQUALS_LITERAL.matcher(when.substring(latest.end()));
                if (latest.group(1).equals("latest") && literal.find()) {
                    values.computeIfAbsent(latest.group(2), t -> new LinkedHashMap<>())
                            .computeIfAbsent(latest.group(3), a -> new LinkedHashSet<>()).add(literal.group(1));
                } else {
                    open.add(latest.group(2) + "\u0000" + latest.group(3));
                }
            }
        }
        Map<String, Map<String, Choice>> byType = new LinkedHashMap<>();
        values.forEach((type, attributes) -> attributes.forEach((attribute, literals) -> {
            if (!open.contains(type + "\u0000" + attribute) && !openEverywhere.contains(attribute)
                    && !ticks.getOrDefault(type, Set.of()).contains(attribute)) {
                byType.computeIfAbsent(type, t -> new LinkedHashMap<>())
                        .put(attribute, new Choice(false, List.copyOf(literals)));
            }
        }));
        ticks.forEach((type, attributes) -> attributes.forEach(attribute -> {
            if (!open.contains(type + "\u0000" + attribute) && !openEverywhere.contains(attribute)
                    && !values.getOrDefault(type, Map.of()).containsKey(attribute)) {
                byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(attribute, new Choice(true, List.of()));
            }
        }));
        atMonthEnd.removeAll(atOnce);
        return new AttributeChoices(byType, Set.copyOf(atOnce), Set.copyOf(atMonthEnd));
    }

    /** The event types some of whose attributes have choices. */
    Set<String> types() {
        return byType.keySet();
    }

    /** The choices of the type's attributes that have them, by attribute name. */
    public Map<String, Choice> of(String type) {
        return byType.getOrDefault(type, Map.of());
    }

    /**
     * Why an event of this type with these attributes scored nothing, or what in it the rules do not know, in staff's
     * words: an attribute value no rule compares with, a tick written as text, an event scored only at month-end, or
     * a type no rule scores. Empty where nothing needs saying.
     */
    public List<String> notices(String type, Map<String, String> attributes, boolean scored) {
        List<String> notices = new ArrayList<>();
        for (Map.Entry<String, Choice> choice : of(type).entrySet()) {
            String written = attributes.getOrDefault(choice.getKey(), "").strip();
            if (choice.getValue().tick()) {
                if (!TICKED.contains(written.toLowerCase(Locale.ROOT))
                        && !UNTICKED.contains(written.toLowerCase(Locale.ROOT))) {
                    notices.add("「" + choice.getKey() + "」是勾选项，填的是「" + written + "」，不算勾选：符合的话请勾选"
                            + "（或填「是」），方案里要勾选了才计分");
                }
            } else if (!written.isEmpty() && !choice.getValue().values().contains(written)) {
                String imitated = imitated(written, choice.getValue().values());
                notices.add(imitated != null ? "属性「" + choice.getKey() + "」填的是「" + written + "」，和方案里的「"
                        + imitated + "」" + LookAlikes.howTheyDiffer(written, imitated) + "，方案只认「" + imitated
                        + "」：请按方案的写法重新记一次" : "属性「" + choice.getKey() + "」填的是「" + written + "」，方案里的规则只认「"
                        + String.join("」「", choice.getValue().values()) + "」：如果是写法不同，请按方案的写法重新记一次");
            }
        }
        if (!scored) {
            if (scoredAtMonthEnd.contains(type)) {
                notices.add("「" + type + "」在每月积分评定时计分（按这一户最近一次的结果），现在不记分是正常的，不用重新记");
            } else if (scoredAtOnce.contains(type)) {
                if (notices.isEmpty()) {
                    notices.add("这件事不符合方案里「" + type + "」各项的条件（例如户标签、数量或填写的内容），所以没有记分");
                }
            } else if (imitated(type, scored()) != null) {
                String imitated = imitated(type, scored());
                notices.add("事件类型「" + type + "」和方案里的「" + imitated + "」" + LookAlikes.howTheyDiffer(type, imitated)
                        + "，方案只认「" + imitated + "」，所以没有记分：请按方案的写法重新记一次");
            } else {
                notices.add("本村方案里没有规则对这件事加分或扣分（事件类型「" + type + "」），所以没有记分。"
                        + "如果是事件类型写错了，请按方案的写法重新记一次");
            }
        }
        return List.copyOf(notices);
    }

    /** The types some rule scores, at once or at month-end. */
    private Set<String> scored() {
        Set<String> types = new TreeSet<>(scoredAtOnce);
        types.addAll(scoredAtMonthEnd);
        return types;
    }

    /** The one of {@code known} that {@code written} imitates (ADR 0203: a variant or look-alike), or null. */
    private static @Nullable String imitated(String written, Collection<String> known) {
        return known.stream().filter(name -> LookAlikes.imitates(written, name)).findFirst().orElse(null);
    }

    /** The rule's text between {@code when} and {@code then}, where its conditions are. */
    private static String conditions(String source) {
        Matcher when = Pattern.compile("(?m)^\\s*when\\b").matcher(source);
        int from = when.find() ? when.end() : 0;
        Matcher then = Pattern.compile("(?m)^\\s*then\\b").matcher(source);
        int to = then.find(from) ? then.start() : source.length();
        return source.substring(from, to);
    }
}
