package org.jifen.engine;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What recording an event of each type does, in words the plan's names cannot change (attack 18b, N2; ADR 0258): the
 * record page shows it beside each 名称, so a catalog 名称 「拆除违法搭建」 on a type whose rule vetoes reads
 * 「拆除违法搭建：记为「违法搭建」，一票否决」 before staff press it. Read from the rules that require the type of the
 * event they score: one rule's written points (「+20 分」「每个数量 -5 分」), 「一票否决」, or 「分数按规则算」 where the
 * points are not a written number; for a type several rules score, the kinds of effect they have
 * (「加分、一票否决（2 条规则，看条件）」). Rules that score what is absent, count a month or read other facts are left to
 * the month-end.
 */
public final class TypeEffects {

    public static final TypeEffects NONE = new TypeEffects(Map.of(), "");

    private final Map<String, String> said;
    /** What the rules whose type test is not read here may do to any type (「另有 1 条规则可能一票否决（看条件）」), or "". */
    private final String forAnyType;

    private TypeEffects(Map<String, String> said, String forAnyType) {
        this.said = said;
        this.forAnyType = forAnyType;
    }

    /** Attributes that order rules, and nothing else: a rule with another may not score when its conditions hold. */
    private static final Set<String> ORDER_ONLY = Set.of("salience", "no-loop");
    /** The kinds of effect said by name; computed points are said as 计分. */
    private static final Set<String> KINDS = Set.of("加分", "扣分", "附加分", "一票否决");

    /** One rule that scores a type: its awards, and whether its conditions are the event's alone. */
    private record Scoring(WrittenAwards awards, boolean direct, boolean plain) {
    }

    /** What a rule's conditions say of types: those its events must be, whether one of its events may be any, and what its month counts. */
    private static final class Read {
        final Set<String> types = new LinkedHashSet<>();
        boolean anyType;
        final Set<String> counted = new LinkedHashSet<>();
        /** Whether an event or a month pattern is required at all: a rule with neither scores every event. */
        boolean eventOrMonth;
        /** Whether the conditions are the type test alone (attack tryout 19, F18: else 「看条件」). */
        boolean plain = true;
    }


    /** Read from the parsed rules as written (before the build rewrites consequences), sentences expanded. */
    static TypeEffects of(List<RuleSource> sources) {
        Map<String, List<Scoring>> byType = new LinkedHashMap<>();
        Map<String, Integer> atMonthEnd = new LinkedHashMap<>();
        int forAnyType = 0;
        Set<String> anyKinds = new LinkedHashSet<>();
        for (RuleSource source : sources) {
            for (RuleDescr rule : source.descr().getRules()) {
                WrittenAwards awards = WrittenAwards.of(String.valueOf(rule.getConsequence()));
                if (awards.calls().isEmpty()) {
                    continue;
                }
                Read read = new Read();
                boolean direct = rule.getLhs() != null && walk(rule.getLhs(), false, read);
                // a rule grouped, dated or paused may not score when its conditions hold
                read.plain &= rule.getAttributes().keySet().stream().allMatch(ORDER_ONLY::contains);
                Scoring scoring = new Scoring(awards, direct, read.plain);
                read.types.forEach(type -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(scoring));
                // fails closed (attack tryout 19, F2, F3): a rule whose type test this reading does not know
                // (contains, not in, a bound variable, none) may score any type; a month-end rule counting a type
                // scores after it
                // attack tryout 19, F17: a rule of the household alone scores every event
                if (read.anyType || !read.eventOrMonth) {
                    forAnyType++;
                    awards.calls().forEach(call -> anyKinds.add(kind(call)));
                }
                read.counted.forEach(type -> atMonthEnd.merge(type, 1, Integer::sum));
            }
        }
        Set<String> types = new LinkedHashSet<>(byType.keySet());
        types.addAll(atMonthEnd.keySet());
        Map<String, String> said = new LinkedHashMap<>();
        for (String type : types) {
            List<Scoring> rules = byType.getOrDefault(type, List.of());
            // rules that always score the type are said exactly, however many (attack tryout 19b, G8)
            boolean always = rules.stream().allMatch(rule -> rule.direct() && rule.plain());
            // each rule's exact points (two rules of +2 are said twice), or each kind once
            java.util.Collection<String> words = always ? new ArrayList<>() : new LinkedHashSet<>();
            rules.forEach(rule -> rule.awards().calls().forEach(call -> words.add(always || rules.size() == 1
                    ? exactly(call) : kind(call))));
            words.removeIf(String::isEmpty);
            List<String> parts = new ArrayList<>();
            if (!words.isEmpty()) {
                parts.add(String.join("、", words) + (always ? "" : rules.size() == 1 ? "（看条件）"
                        : "（" + rules.size() + " 条规则，看条件）"));
            }
            if (atMonthEnd.containsKey(type)) {
                parts.add("月底评定时还有 " + atMonthEnd.get(type) + " 条规则按它计分（看条件）");
            }
            if (!parts.isEmpty()) {
                said.put(type, String.join("；", parts));
            }
        }
        anyKinds.remove("");
        return new TypeEffects(Map.copyOf(said), forAnyType == 0 ? "" : "另有 " + forAnyType + " 条规则可能"
                + (!anyKinds.isEmpty() && KINDS.containsAll(anyKinds) ? String.join("或", anyKinds) : "计分") + "（看条件）");
    }

    /**
     * Adds the types the rule's event patterns require (not those under {@code not} or {@code forall}, which say what
     * is absent), whether one of them may be of any type, and the types its month patterns count; answers whether the
     * conditions are the event's alone: patterns, {@code and} and {@code or}, nothing absent, counted, read from
     * elsewhere or about the month.
     */
    private static boolean walk(BaseDescr descr, boolean absent, Read read) {
        if (descr instanceof PatternDescr pattern) {
            List<String> constraints = pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                    .map(constraint -> ((ExprConstraintDescr) constraint).getExpression()).toList();
            if (!absent && pattern.getObjectType().endsWith("MonthSummary")) {
                constraints.forEach(constraint -> read.counted.addAll(TypeTests.counted(constraint)));
            }
            if (pattern.getSource() != null) {
                return false;
            }
            boolean event = pattern.getObjectType().equals("Event") || pattern.getObjectType().endsWith(".Event");
            if (!absent && event) {
                Set<String> own = new LinkedHashSet<>();
                constraints.forEach(constraint -> {
                    Set<String> tested = TypeTests.accepted(constraint);
                    own.addAll(tested);
                    read.plain &= !tested.isEmpty();
                });
                read.types.addAll(own);
                read.anyType |= own.isEmpty();
            } else {
                read.plain = false;
            }
            read.eventOrMonth |= !absent && (event || pattern.getObjectType().endsWith("MonthSummary"));
            return !pattern.getObjectType().endsWith("MonthSummary");
        }
        if (descr instanceof ConditionalElementDescr element) {
            boolean negates = descr instanceof NotDescr || descr instanceof ForallDescr;
            boolean direct = descr instanceof AndDescr || descr instanceof OrDescr;
            for (BaseDescr child : element.getDescrs()) {
                direct &= walk(child, absent || negates, read);
            }
            return direct;
        }
        return false;
    }

    private static String exactly(WrittenAwards.Call call) {
        if (call.veto()) {
            return "一票否决";
        }
        if (call.points() == null) {
            // attack tryout 19, F4: 「-$e.intAttr("面积")」 always deducts
            return call.minus() ? "扣分，分数按规则算" : "分数按规则算";
        }
        return call.points() == 0 ? "" : (call.timesQuantity() ? "每个数量 " : "") + (call.points() > 0 ? "+" : "")
                + call.points() + " 分" + (call.bonus() ? "（附加分）" : "");
    }

    private static String kind(WrittenAwards.Call call) {
        if (call.veto()) {
            return "一票否决";
        }
        if (call.points() == null) {
            return call.minus() ? "扣分" : "分数按规则算";
        }
        return call.points() == 0 ? "" : call.points() < 0 ? "扣分" : call.bonus() ? "附加分" : "加分";
    }

    /**
     * What recording this type does by the rules that score it: 「+2 分」, 「一票否决」, the month-end rules counting it,
     * and any rule whose type test is not read here; "" where no rule may.
     */
    public String of(String type) {
        String own = said.getOrDefault(type, "");
        if (forAnyType.isEmpty()) {
            return own;
        }
        return (own.isEmpty() ? "" : own + "；") + forAnyType;
    }
}
