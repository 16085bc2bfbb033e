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

    public static final TypeEffects NONE = new TypeEffects(Map.of());


    private final Map<String, String> said;

    private TypeEffects(Map<String, String> said) {
        this.said = said;
    }

    /** One rule that scores a type: its awards, and whether its conditions are the event's alone. */
    private record Scoring(WrittenAwards awards, boolean direct) {
    }

    /** Read from the parsed rules as written (before the build rewrites consequences), sentences expanded. */
    static TypeEffects of(List<RuleSource> sources) {
        Map<String, List<Scoring>> byType = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            for (RuleDescr rule : source.descr().getRules()) {
                Set<String> types = new LinkedHashSet<>();
                boolean direct = rule.getLhs() != null && walk(rule.getLhs(), false, types);
                Scoring scoring = new Scoring(WrittenAwards.of(String.valueOf(rule.getConsequence())), direct);
                types.forEach(type -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(scoring));
            }
        }
        Map<String, String> said = new LinkedHashMap<>();
        byType.forEach((type, rules) -> {
            boolean exact = rules.size() == 1 && rules.get(0).direct();
            Set<String> words = new LinkedHashSet<>();
            rules.forEach(rule -> rule.awards().calls().forEach(call -> words.add(exact ? exactly(call) : kind(call))));
            words.remove("");
            if (!words.isEmpty()) {
                said.put(type, String.join("、", words) + (exact ? "" : rules.size() == 1 ? "（看条件）"
                        : "（" + rules.size() + " 条规则，看条件）"));
            }
        });
        return new TypeEffects(Map.copyOf(said));
    }

    /**
     * Adds the types the rule's event patterns require (not those under {@code not} or {@code forall}, which say what
     * is absent); answers whether the conditions are the event's alone: patterns, {@code and} and {@code or}, nothing
     * absent, counted, read from elsewhere or about the month.
     */
    private static boolean walk(BaseDescr descr, boolean absent, Set<String> types) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getSource() != null) {
                return false;
            }
            if (!absent && (pattern.getObjectType().equals("Event") || pattern.getObjectType().endsWith(".Event"))) {
                pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                        .forEach(constraint -> types.addAll(TypeTests.accepted(
                                ((ExprConstraintDescr) constraint).getExpression())));
            }
            return !pattern.getObjectType().endsWith("MonthSummary");
        }
        if (descr instanceof ConditionalElementDescr element) {
            boolean negates = descr instanceof NotDescr || descr instanceof ForallDescr;
            boolean direct = descr instanceof AndDescr || descr instanceof OrDescr;
            for (BaseDescr child : element.getDescrs()) {
                direct &= walk(child, absent || negates, types);
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
            return "分数按规则算";
        }
        return call.points() == 0 ? "" : (call.timesQuantity() ? "每个数量 " : "") + (call.points() > 0 ? "+" : "")
                + call.points() + " 分";
    }

    private static String kind(WrittenAwards.Call call) {
        if (call.veto()) {
            return "一票否决";
        }
        if (call.points() == null) {
            return "分数按规则算";
        }
        return call.points() == 0 ? "" : call.points() > 0 ? "加分" : "扣分";
    }

    /** What recording this type does by the rules that score it directly: 「+2 分」, 「一票否决」; "" where none does. */
    public String of(String type) {
        return said.getOrDefault(type, "");
    }
}
