package org.jifen.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a village's plan, rule by rule (rules are known by their names). */
public record PlanDiff(int from, int to, List<String> added, List<String> removed, List<Changed> changed,
        int unchanged) {

    /** A rule whose text changed, before and after, as written. */
    public record Changed(String rule, String before, String after) {
    }

    static PlanDiff between(RuleSet from, RuleSet to) {
        Map<String, RuleSetRule> before = byName(from);
        Map<String, RuleSetRule> after = byName(to);
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (String name : after.keySet()) {
            RuleSetRule old = before.get(name);
            if (old == null) {
                continue;
            }
            String oldText = old.getSource();
            String newText = after.get(name).getSource();
            if (normalised(oldText).equals(normalised(newText))) {
                unchanged++;
            } else {
                changed.add(new Changed(name, oldText, newText));
            }
        }
        return new PlanDiff(from.getVersion(), to.getVersion(), added, removed, changed, unchanged);
    }

    private static Map<String, RuleSetRule> byName(RuleSet ruleSet) {
        return ruleSet.getRules().stream()
                .collect(Collectors.toMap(RuleSetRule::getName, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** Indentation and blank lines are layout, not meaning. */
    private static String normalised(String source) {
        return source.lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
