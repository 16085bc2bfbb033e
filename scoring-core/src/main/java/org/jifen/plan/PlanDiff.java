package org.jifen.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a village's plan, rule by rule (rules are known by their names). A rule is
 * changed when what it means changed: when it applies, what it gives, its cap. How its text is laid out (spaces, a
 * spreadsheet's generated text against hand-written DRL) is not a change (ADR 0191). A rule in sentences is compared
 * by what its sentences expand to: the same sentence with another meaning in the village's .dsl is a change (ADR 0214).
 * What its attributes do is meaning too: a rule that gained {@code enabled false} or a date no longer scores the same
 * (attack tryout 9, F4), said as 「新增：已停用，不计分」 or 「去掉：…」.
 */
public record PlanDiff(int from, int to, List<String> added, List<String> removed, List<Changed> changed,
        int unchanged) {

    /**
     * A rule whose meaning changed: the text before and after, as written, and the change in words, such as
     * 「得分：「村民议事」加 2 分 → 「村民议事」加 3 分」.
     */
    public record Changed(String rule, String before, String after, List<String> inWords) {
    }

    static PlanDiff between(RuleSet from, RuleSet to) {
        Map<String, RuleSetRule> before = byName(from);
        Map<String, RuleSetRule> after = byName(to);
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        org.jifen.engine.ExpandedRules runsBefore = RuleInWords.expanded(from);
        org.jifen.engine.ExpandedRules runsAfter = RuleInWords.expanded(to);
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (String name : after.keySet()) {
            RuleSetRule old = before.get(name);
            if (old == null) {
                continue;
            }
            RuleSetRule now = after.get(name);
            List<String> inWords = changeInWords(old, now, RuleInWords.of(old, runsBefore),
                    RuleInWords.of(now, runsAfter));
            if (inWords.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Changed(name, old.getSource(), now.getSource(), inWords));
            }
        }
        return new PlanDiff(from.getVersion(), to.getVersion(), added, removed, changed, unchanged);
    }

    /** Empty when the rule means the same in both versions. */
    private static List<String> changeInWords(RuleSetRule old, RuleSetRule now, RuleInWords was, RuleInWords is) {
        List<String> said = new ArrayList<>();
        is.attributes().stream().filter(words -> !was.attributes().contains(words)).forEach(words -> said.add("新增：" + words));
        was.attributes().stream().filter(words -> !is.attributes().contains(words)).forEach(words -> said.add("去掉：" + words));
        List<String> whenWas = conditions(was);
        List<String> whenIs = conditions(is);
        if (!whenWas.equals(whenIs)) {
            said.add("什么时候：" + joined(whenWas) + " → " + joined(whenIs));
        }
        if (!was.gives().equals(is.gives())) {
            said.add("得分：" + joined(was.gives()) + " → " + joined(is.gives()));
        }
        String capWas = cap(old);
        String capIs = cap(now);
        if (!capWas.equals(capIs)) {
            said.add("上限：" + capWas + " → " + capIs);
        }
        boolean sameInWords = said.isEmpty() && was.complete() && is.complete();
        if (said.isEmpty() && !sameInWords && !layoutFree(old.getSource()).equals(layoutFree(now.getSource()))) {
            said.add("规则原文有改动，但不能全部写成白话：请对照原文");
        }
        return said;
    }

    /** The rule's conditions without what its attributes do, which the diff says on their own lines. */
    private static List<String> conditions(RuleInWords words) {
        return words.when().subList(words.attributes().size(), words.when().size());
    }

    private static String joined(List<String> words) {
        return words.isEmpty() ? "（无）" : String.join("；", words);
    }

    private static String cap(RuleSetRule rule) {
        if (rule.getCap() == null) {
            return "不设上限";
        }
        return rule.getCapWindow().said() + "最多 " + rule.getCap() + " 分"
                + (Objects.requireNonNullElse(rule.getCapBy(), "").isEmpty() ? "" : "（每个" + rule.getCapBy() + "分开算）");
    }

    private static Map<String, RuleSetRule> byName(RuleSet ruleSet) {
        return ruleSet.getRules().stream()
                .collect(Collectors.toMap(RuleSetRule::getName, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** The text without its layout: whitespace outside quoted text is not meaning. */
    private static String layoutFree(String source) {
        StringBuilder kept = new StringBuilder(source.length());
        boolean quoted = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && (i == 0 || source.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (quoted || !Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
