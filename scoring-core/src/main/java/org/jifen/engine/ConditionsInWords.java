package org.jifen.engine;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.jspecify.annotations.Nullable;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * A rule's conditions in words for {@code org.jifen.plan.RuleInWords}, from the rule's parse (Drools stays in the
 * engine, ADR 0186), element by element (ADR 0233): {@code not} is said as
 * 「没有……」/「不满足：……」, {@code exists} as 「有……」, {@code or} as 「满足其中一条」, and each constraint with its own
 * {@code !}, {@code !=}, {@code &&} and {@code ||}. It fails closed: an element or a constraint it does not know is
 * said to be unsayable, with its line in the rule, never dropped, so that no negation can fall out of the words
 * (attack tryout 11, N6: 「家庭户没有标签」 read 「标签有」).
 */
public final class ConditionsInWords {

    public static final String UNSAYABLE = "无法用文字说明";
    private static final Map<String, String> OPPOSITE = Map.of("==", "!=", "!=", "==", ">", "<=", "<=", ">",
            "<", ">=", ">=", "<");
    private static final Pattern CONTAINS = Pattern.compile(
            "^(\\w+(?:\\(\\s*\"[^\"]*\"\\s*\\))?)\\s+(not\\s+)?(contains|memberOf)\\s+(\"[^\"]*\")$");
    private static final Pattern BOUND_ONLY = Pattern.compile("^\\$\\w+\\s*:\\s*\\w+$");

    /** A comparison with a literal, whatever is compared (for its opposite, see {@link ConditionsInWords}). */
    private static final Pattern OPERATOR = Pattern.compile("^(.+?)\\s*(==|!=|>=|<=|>|<)\\s*(\"[^\"]*\"|-?\\d+|true|false)$");
    private static final Pattern COMPARISON = Pattern.compile(
            "^(\\w+(?:\\(\\s*\"[^\"]*\"\\s*\\))?)\\s*(==|!=|>=|<=|>|<)\\s*(\"[^\"]*\"|-?\\d+|true|false)$");
    private static final Pattern CALL = Pattern.compile("^(!?)(\\w+)\\(\\s*\"([^\"]*)\"\\s*\\)$");
    /** The 最近一次检查 column's condition (ADR 0124): the latest inspection's attribute compared with a value. */
    private static final Pattern LATEST = Pattern.compile(
            "^latest\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)\\s*(==|!=)\\s*\"([^\"]*)\"$");
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("type", "事件类型"),
            Map.entry("quantity", "数量"), Map.entry("occurredOn", "发生日期"), Map.entry("deductions", "本月扣分"),
            Map.entry("events", "本月记了分的事件"), Map.entry("basePoints", "本月基础分"),
            Map.entry("bonusPoints", "本月附加分"), Map.entry("members", "家庭人口"),
            Map.entry("permanentResidents", "常住人口"), Map.entry("group", "村民小组"),
            Map.entry("centralVillage", "自然村"));
    private static final Map<String, String> CALLS = Map.of("count", "本月「%s」的次数", "sum", "本月「%s」的数量合计",
            "attr", "属性「%s」", "intAttr", "属性「%s」");
    private static final Map<String, String> OPERATORS = Map.of("==", "是", "!=", "不是", ">=", "不少于", ">", "多于",
            "<=", "不多于", "<", "少于");

    private ConditionsInWords() {
    }

    /** The conditions of the rule's text in words, or null when the text does not parse as a rule. */
    public static @Nullable List<String> of(String ruleText) {
        Reading reading = reading(ruleText);
        return reading == null ? null : reading.words();
    }

    /** How a condition negates, as read from its parse: what a sentence saying it must say (ADR 0247). */
    enum Negation {
        /** A {@code not}, a {@code !}, a {@code !=}, a {@code == false}, a {@code not contains}: 「没有」「不是」. */
        NOT,
        /** A count or a sum compared so that it means none ({@code == 0}, {@code < 1}, {@code <= 0}): 「为 0」 says it. */
        NONE
    }

    /**
     * A rule's conditions in words and how they negate, both from its parse; {@code sayable} is false when a part
     * could only be shown as 「见规则原文」 or 「无法用文字说明」, and then {@code negations} is not the whole story.
     */
    record Reading(List<String> words, Set<Negation> negations, boolean sayable, Conditions conditions) {
    }

    /** How many conditions the text is: one, several to be met together, or alternatives (an or, a ||). */
    enum Conditions { ONE, SEVERAL, ALTERNATIVES }

    /** The rule's text read, or null when it does not parse as one rule. */
    static @Nullable Reading reading(String ruleText) {
        PackageDescr parsed;
        try {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            parsed = parser.parse(false, new StringReader(ruleText));
            if (parser.hasErrors() || parsed == null || parsed.getRules().size() != 1) {
                return null;
            }
        } catch (DroolsParserException | RuntimeException | StackOverflowError unreadable) {
            return null;
        }
        AndDescr lhs = parsed.getRules().get(0).getLhs();
        List<String> words = new ArrayList<>();
        Set<Negation> negations = EnumSet.noneOf(Negation.class);
        if (lhs != null) {
            lhs.getDescrs().forEach(element -> element(element, words));
            negations(lhs, negations);
        }
        boolean sayable = words.stream().noneMatch(word -> word.contains(RuleAttributes.SEE_SOURCE)
                || word.contains(UNSAYABLE));
        Conditions conditions = lhs == null ? Conditions.ONE
                : lhs.getDescrs().stream().anyMatch(ConditionsInWords::alternatives) ? Conditions.ALTERNATIVES
                : lhs.getDescrs().size() > 1 ? Conditions.SEVERAL : Conditions.ONE;
        return new Reading(words.isEmpty() ? List.of("总是") : words.stream().distinct().toList(), negations, sayable,
                conditions);
    }

    /** Whether the element offers alternatives anywhere in it: an {@code or}, or a constraint joined by {@code ||}. */
    private static boolean alternatives(BaseDescr element) {
        if (element instanceof OrDescr) {
            return true;
        }
        if (element instanceof PatternDescr pattern) {
            return pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                    .anyMatch(c -> ((ExprConstraintDescr) c).getExpression().replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                            .contains("||"));
        }
        return element instanceof org.drools.drl.ast.descr.ConditionalElementDescr group
                && group.getDescrs().stream().anyMatch(child -> alternatives((BaseDescr) child));
    }

    /** How the element negates: any {@code not} in it, and each constraint's own negation ({@link #negation}). */
    private static void negations(BaseDescr element, Set<Negation> negations) {
        if (element instanceof NotDescr) {
            negations.add(Negation.NOT);
        }
        if (element instanceof PatternDescr pattern) {
            pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                    .forEach(c -> negation(((ExprConstraintDescr) c).getExpression(), negations));
        } else if (element instanceof org.drools.drl.ast.descr.ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> negations((BaseDescr) child, negations));
        }
    }

    /**
     * How one constraint negates, in the shapes {@link #constraint} says (a shape it cannot say makes the reading
     * unsayable, so nothing negating passes unread): {@code !…}, {@code !=}, {@code == false}, {@code not contains},
     * and a count or a sum compared with none.
     */
    private static void negation(String text, Set<Negation> negations) {
        String expression = unwrapped(text.strip().replaceFirst("^\\$\\w+\\s*:\\s*", ""));
        List<String> parts = split(expression, "||");
        parts = parts.size() > 1 ? parts : split(expression, "&&");
        if (parts.size() > 1) {
            parts.forEach(part -> negation(part, negations));
            return;
        }
        if (expression.startsWith("!")) {
            negations.add(Negation.NOT);
            return;
        }
        Matcher contains = CONTAINS.matcher(expression);
        if (contains.matches() && contains.group(2) != null) {
            negations.add(Negation.NOT);
        }
        Matcher latest = LATEST.matcher(expression);
        if (latest.matches() && latest.group(3).equals("!=")) {
            negations.add(Negation.NOT);
        }
        Matcher comparison = COMPARISON.matcher(expression);
        if (comparison.matches()) {
            String operator = comparison.group(2);
            String value = comparison.group(3);
            if (operator.equals("!=") || operator.equals("==") && value.equals("false")) {
                negations.add(Negation.NOT);
            } else if (comparison.group(1).matches("^(count|sum)\\(.*") && (operator.equals("==") && value.equals("0")
                    || operator.equals("<=") && value.equals("0") || operator.equals("<") && value.equals("1"))) {
                negations.add(Negation.NONE);
            }
        }
    }

    /** A condition element of the rule's top level: a pattern gives its fact and each constraint as lines. */
    private static void element(BaseDescr element, List<String> words) {
        if (element instanceof PatternDescr pattern && pattern.getSource() == null && fact(pattern) != null) {
            words.add(switch (pattern.getObjectType()) {
                case "Event" -> "记一件事时";
                case "MonthSummary" -> "月末评分时";
                default -> "家庭户";
            });
            constraints(pattern).forEach(words::add);
        } else if (element instanceof AndDescr and) {
            and.getDescrs().forEach(child -> element(child, words));
        } else if (element instanceof NotDescr not && not.getDescrs().size() == 1) {
            words.add(without(single(not.getDescrs().get(0))));
        } else {
            words.add(phrase(element));
        }
    }

    /** What a {@code not} asks: one negatable constraint is negated (「标签没有」), anything else 「不满足：……」. */
    private static String without(BaseDescr negated) {
        if (negated instanceof PatternDescr pattern && pattern.getSource() == null && fact(pattern) != null) {
            List<String> texts = pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                    .map(c -> ((ExprConstraintDescr) c).getExpression()).filter(c -> !bindingOnly(c)).toList();
            if (texts.size() == pattern.getDescrs().size() && texts.size() == 1) {
                String opposite = opposite(texts.get(0));
                if (opposite != null) {
                    return fact(pattern) + opposite;
                }
            }
            if (texts.isEmpty() && pattern.getDescrs().isEmpty()) {
                return "没有" + noun(pattern);
            }
        }
        return "不满足：" + phrase(negated);
    }

    /** An element said as one phrase, as it reads inside a {@code not}, {@code exists} or {@code or}. */
    private static String phrase(BaseDescr element) {
        BaseDescr descr = single(element);
        if (descr instanceof PatternDescr pattern && pattern.getSource() == null && fact(pattern) != null) {
            List<String> constraints = constraints(pattern);
            return constraints.isEmpty() ? noun(pattern) : fact(pattern) + String.join("，并且", constraints);
        }
        if (descr instanceof AndDescr and) {
            return String.join("，并且", and.getDescrs().stream().map(ConditionsInWords::phrase).toList());
        }
        if (descr instanceof OrDescr or) {
            return "满足其中一条：" + String.join("；或者", or.getDescrs().stream()
                    .map(child -> "（" + phrase(child) + "）").toList());
        }
        if (descr instanceof NotDescr not && not.getDescrs().size() == 1) {
            return without(single(not.getDescrs().get(0)));
        }
        if (descr instanceof ExistsDescr exists && exists.getDescrs().size() == 1) {
            BaseDescr inside = single((BaseDescr) exists.getDescrs().get(0));
            if (inside instanceof PatternDescr pattern && pattern.getSource() == null && fact(pattern) != null) {
                List<String> constraints = constraints(pattern);
                return "有这样的" + noun(pattern) + (constraints.isEmpty() ? "" : "：" + String.join("，并且", constraints));
            }
            return "有：" + phrase(inside);
        }
        return unsayable(descr);
    }

    /** An and holding one element is that element (the parser wraps parenthesised elements). */
    private static BaseDescr single(BaseDescr descr) {
        return descr instanceof AndDescr and && and.getDescrs().size() == 1 ? single(and.getDescrs().get(0)) : descr;
    }

    /** 「（这一条件无法用文字说明，请看规则原文第 N 行）」: what the words cannot say is never dropped. */
    static String unsayable(BaseDescr descr) {
        return "（这一条件" + UNSAYABLE + "，请看规则原文" + (descr.getLine() > 0 ? "第 " + descr.getLine() + " 行" : "")
                + "）";
    }

    /** How a fact's constraints start inside a phrase; null for what is not a fact of the model. */
    private static @Nullable String fact(PatternDescr pattern) {
        return switch (pattern.getObjectType()) {
            case "Event" -> "这件事";
            case "Household" -> "家庭户";
            case "MonthSummary" -> "";
            default -> null;
        };
    }

    private static String noun(PatternDescr pattern) {
        return switch (pattern.getObjectType()) {
            case "Event" -> "事件";
            case "MonthSummary" -> "月度评分";
            default -> "家庭户";
        };
    }

    private static List<String> constraints(PatternDescr pattern) {
        List<String> words = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expression)) {
                words.add(unsayable(constraint));
            } else if (!bindingOnly(expression.getExpression())) {
                words.add(constraint(expression.getExpression()));
            }
        }
        return words;
    }

    /** {@code $q : quantity} names a value and asks nothing. */
    private static boolean bindingOnly(String expression) {
        return BOUND_ONLY.matcher(expression.strip()).matches();
    }

    /** One constraint in words: its {@code ||}, {@code &&} and {@code !( )} kept, each comparison said. */
    static String constraint(String text) {
        String expression = unwrapped(text.strip().replaceFirst("^\\$\\w+\\s*:\\s*", ""));
        List<String> alternatives = split(expression, "||");
        if (alternatives.size() > 1) {
            return String.join("，或者", alternatives.stream().map(ConditionsInWords::constraint).toList());
        }
        List<String> all = split(expression, "&&");
        if (all.size() > 1) {
            return String.join("，并且", all.stream().map(ConditionsInWords::constraint).toList());
        }
        if (expression.startsWith("!(") && unwrapped(expression.substring(1)).length() < expression.length() - 1) {
            String inner = expression.substring(1);
            String opposite = opposite(inner);
            return opposite != null ? opposite : "不满足：" + constraint(inner);
        }
        Matcher contains = CONTAINS.matcher(expression);
        if (contains.matches()) {
            String subject = subject(contains.group(1));
            if (subject != null) {
                boolean not = contains.group(2) != null;
                String verb = contains.group(3).equals("contains") ? (not ? "不包含" : "包含") : (not ? "不是" : "是");
                return subject + verb + "「" + contains.group(4).replace("\"", "") + "」";
            }
        }
        return comparison(expression);
    }

    /** The constraint's opposite in words, when it is a single comparison or call that has one; null otherwise. */
    static @Nullable String opposite(String text) {
        String expression = unwrapped(text.strip().replaceFirst("^\\$\\w+\\s*:\\s*", ""));
        if (split(expression, "||").size() > 1 || split(expression, "&&").size() > 1) {
            return null;
        }
        if (expression.startsWith("!(") && unwrapped(expression.substring(1)).length() < expression.length() - 1) {
            return constraint(expression.substring(1));
        }
        if (expression.startsWith("!")) {
            String positive = expression.substring(1).strip();
            String said = comparison(positive);
            return said.contains(RuleAttributes.SEE_SOURCE) ? null : said;
        }
        Matcher contains = CONTAINS.matcher(expression);
        if (contains.matches()) {
            String flipped = contains.group(1) + (contains.group(2) == null ? " not " : " ") + contains.group(3) + " "
                    + contains.group(4);
            return constraint(flipped);
        }
        Matcher comparison = OPERATOR.matcher(expression);
        if (comparison.matches()) {
            String flipped = comparison.group(1) + " " + OPPOSITE.get(comparison.group(2)) + " " + comparison.group(3);
            String said = comparison(flipped);
            return said.contains(RuleAttributes.SEE_SOURCE) ? null : said;
        }
        if (expression.matches("^\\w+\\(.*\\)$")) {
            String said = comparison("!" + expression);
            return said.contains(RuleAttributes.SEE_SOURCE) ? null : said;
        }
        return null;
    }

    /** The expression without parentheses around all of it. */
    private static String unwrapped(String expression) {
        String text = expression.strip();
        while (text.startsWith("(") && closing(text, 1) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Parts of the expression at {@code operator}, outside strings and parentheses. */
    private static List<String> split(String expression, String operator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && expression.startsWith(operator, i)) {
                parts.add(expression.substring(start, i).strip());
                start = i + operator.length();
                i += operator.length() - 1;
            }
        }
        parts.add(expression.substring(start).strip());
        return parts;
    }

    /** The index of the parenthesis closing the one opened just before {@code from}, strings skipped; -1 if none. */
    private static int closing(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** One comparison or call in words (no {@code &&}, {@code ||} or {@code !( )}: see {@link ConditionsInWords}). */
    private static String comparison(String text) {
        String constraint = text.strip().replaceFirst("^\\$\\w+\\s*:\\s*", "");
        Matcher comparison = COMPARISON.matcher(constraint);
        if (comparison.matches() && comparison.group(3).matches("true|false") && comparison.group(2).matches("[=!]=")
                && CALL.matcher(comparison.group(1)).matches() && !comparison.group(1).startsWith("!")) {
            // hasTag("x") == false is !hasTag("x")
            boolean holds = comparison.group(2).equals("==") == comparison.group(3).equals("true");
            return comparison((holds ? "" : "!") + comparison.group(1));
        }
        if (comparison.matches()) {
            String subject = subject(comparison.group(1));
            String value = comparison.group(3).replace("\"", "");
            if (subject != null) {
                String operator = OPERATORS.get(comparison.group(2));
                if (comparison.group(3).startsWith("\"")) {
                    return subject + operator + "「" + value + "」";
                }
                return subject + (operator.equals("是") ? "为" : operator) + " " + value;
            }
        }
        Matcher call = CALL.matcher(constraint);
        if (call.matches() && call.group(2).equals("hasTag")) {
            return (call.group(1).isEmpty() ? "标签有「" : "标签没有「") + call.group(3) + "」";
        }
        if (call.matches() && call.group(2).equals("flag")) {
            return (call.group(1).isEmpty() ? "登记时勾选了「" : "登记时没有勾选「") + call.group(3) + "」";
        }
        Matcher latest = LATEST.matcher(constraint);
        if (latest.matches()) {
            return "这户最近一次（一年内）「" + latest.group(1) + "」的「" + latest.group(2) + "」"
                    + OPERATORS.get(latest.group(3)) + "「" + latest.group(4) + "」";
        }
        return "条件 " + constraint + RuleAttributes.SEE_SOURCE;
    }

    private static @Nullable String subject(String name) {
        Matcher call = Pattern.compile("^(\\w+)\\(\\s*\"([^\"]*)\"\\s*\\)$").matcher(name);
        if (call.matches()) {
            String words = CALLS.get(call.group(1));
            return words == null ? null : words.formatted(call.group(2));
        }
        return FIELDS.get(name);
    }
}
