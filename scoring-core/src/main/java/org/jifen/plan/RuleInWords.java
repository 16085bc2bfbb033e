package org.jifen.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.ExpandedRules;
import org.jifen.engine.PlanFile;
import org.jifen.engine.RuleAttributes;

/**
 * A rule as a village admin reads it on the plan page (ADR 0128): when it applies and what it gives, in plain Chinese,
 * from the rule's text. Only the shapes the township's plans use are put into words (an event's type, quantity and
 * attributes; the month's counts, points and deductions; the household's tags and head counts; awards.add, bonus and
 * veto with a number or a number times the quantity). The conditions are said element by element from the rule's
 * parse, {@code not}, {@code exists} and {@code or} included ({@link org.jifen.engine.ConditionsInWords}, ADR 0233). Anything else is
 * said to be "见规则原文" rather than guessed,
 * and the rule's text stays one click away. A rule written in sentences (.dslr) is put into words from the DRL its
 * sentences expand to, never from the sentences themselves: a village's own .dsl decides what a sentence does, and
 * people must read what runs (ADR 0214).
 *
 * What the rule's attributes do ({@code enabled false}, {@code date-effective}…) is said first among its conditions,
 * in the upload's own words ({@link RuleAttributes}), and again on its own for the diff (attack tryout 9, F4).
 *
 * @param when the conditions, each in words, starting with what the rule's attributes do
 * @param gives what the rule grants, each in words
 * @param attributes what the rule's attributes do, each in words (also the first lines of {@code when})
 */
public record RuleInWords(List<String> when, List<String> gives, List<String> attributes) {

    static final String SEE_SOURCE = RuleAttributes.SEE_SOURCE;

    /** A rule in words whose attributes change nothing. */
    public RuleInWords(List<String> when, List<String> gives) {
        this(when, gives, List.of());
    }
    private static final Pattern SECTIONS = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b(.*?)(\\bend\\b|$)");
    private static final Pattern AWARD = Pattern.compile(
            "awards\\.(add|bonus)\\s*\\((.*?),\\s*\"([^\"]*)\"\\s*\\)\\s*;|awards\\.veto\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern NUMBER = Pattern.compile("-?\\s*\\d+");
    private static final Pattern TIMES_QUANTITY = Pattern.compile(
            "(-?\\s*\\d+)\\s*\\*\\s*\\$\\w+\\.(?:getQuantity\\(\\)|quantity)|\\$\\w+\\.(?:getQuantity\\(\\)|quantity)\\s*\\*\\s*(-?\\s*\\d+)");

    /** The points an attribute staff enter says: {@code $e.intAttr("认定分值")}, or minus it. */
    private static final Pattern ENTERED = Pattern.compile("(-\\s*)?\\$\\w+\\.intAttr\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** True when every condition and award was put into words, none left to the rule's text. */
    boolean complete() {
        return java.util.stream.Stream.concat(when.stream(), gives.stream()).noneMatch(w -> w.contains(SEE_SOURCE)
                || w.contains(org.jifen.engine.ConditionsInWords.UNSAYABLE));
    }

    /** Each rule of a version in words, by name, from what it runs (ADR 0214). */
    public static Map<String, RuleInWords> of(RuleSet ruleSet) {
        ExpandedRules expanded = expanded(ruleSet);
        Map<String, RuleInWords> words = new java.util.LinkedHashMap<>();
        ruleSet.getRules().forEach(rule -> words.putIfAbsent(rule.getName(), of(rule, expanded)));
        return words;
    }

    /** One rule of a version in words, from what it runs. */
    public static RuleInWords of(RuleSet ruleSet, RuleSetRule rule) {
        return of(rule, expanded(ruleSet));
    }

    static RuleInWords of(RuleSetRule rule, ExpandedRules expanded) {
        String drl = expanded.drl(rule.getFileName(), rule.getSource());
        return drl == null ? new RuleInWords(List.of(SEE_SOURCE), List.of(SEE_SOURCE)) : of(drl);
    }

    static ExpandedRules expanded(RuleSet ruleSet) {
        return ExpandedRules.of(ruleSet.getFiles().stream()
                .map(file -> new PlanFile(file.getName(), file.content())).toList());
    }

    /** The rule's text in words; a text that is not DRL gives its own lines as the conditions. */
    public static RuleInWords of(String source) {
        RuleInWords words = withoutAttributes(source);
        List<String> attributes = RuleAttributes.inWords(RuleAttributes.of(source));
        if (attributes.isEmpty()) {
            return words;
        }
        List<String> when = new ArrayList<>(attributes);
        when.addAll(words.when());
        return new RuleInWords(List.copyOf(when), words.gives(), attributes);
    }

    private static RuleInWords withoutAttributes(String source) {
        Matcher sections = SECTIONS.matcher(source);
        if (!sections.find() || !sections.group(2).contains("awards.")) {
            List<String> lines = source.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("rule ") && !line.startsWith("@")
                            && !line.equals("when") && !line.equals("then") && !line.equals("end")
                            && !line.startsWith("//") && !line.startsWith("#"))
                    .toList();
            return new RuleInWords(lines, List.of());
        }
        List<String> conditions = org.jifen.engine.ConditionsInWords.of(source);
        return new RuleInWords(conditions == null ? List.of("条件" + org.jifen.engine.ConditionsInWords.UNSAYABLE + SEE_SOURCE) : conditions,
                awards(sections.group(2)));
    }

    private static List<String> awards(String then) {
        List<String> words = new ArrayList<>();
        Matcher award = AWARD.matcher(then);
        while (award.find()) {
            if (award.group(4) != null) {
                words.add("一票否决：本户当月积分记为 0（" + award.group(4) + "）");
                continue;
            }
            boolean bonus = award.group(1).equals("bonus");
            words.add(points(award.group(2).strip(), bonus) + "（" + award.group(3) + "）");
        }
        if (words.isEmpty()) {
            words.add(SEE_SOURCE);
        }
        return words;
    }

    private static String points(String expression, boolean bonus) {
        if (NUMBER.matcher(expression).matches()) {
            return amount(Integer.parseInt(expression.replace(" ", "")), bonus);
        }
        Matcher times = TIMES_QUANTITY.matcher(expression);
        if (times.matches()) {
            return "按数量，每个" + amount(Integer.parseInt((times.group(1) != null ? times.group(1)
                    : times.group(2)).replace(" ", "")), bonus);
        }
        Matcher entered = ENTERED.matcher(expression);
        if (entered.matches()) {
            // 「两委认定 10–30 分」: the points are what staff enter (tryout clerk 5, L3), said without the formula.
            return (bonus ? "附加分" : "") + "按记录时填写的「" + entered.group(2) + "」" + (entered.group(1) != null
                    ? "扣分" : "计分");
        }
        return (bonus ? "附加分" : "") + "按公式 " + expression + " 计分" + SEE_SOURCE;
    }

    /** "加 2 分", "扣 5 分", "加附加分 20 分". */
    private static String amount(int points, boolean bonus) {
        return (points < 0 ? "扣" : "加") + (bonus ? "附加分 " : " ") + Math.abs(points) + " 分";
    }
}
