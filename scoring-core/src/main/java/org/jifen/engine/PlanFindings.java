package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;

/**
 * The plan checked as a whole, after each rule passed on its own (ADR 0090): rules for event types the village's
 * catalog does not list (they can never fire), catalog types no rule scores, a plan without a catalog, tags written
 * the wrong way round (「非贫困户」 for "not 贫困户"), and rules that are the same rule twice. Refusals are what can
 * only be a mistake; warnings are what may be meant, shown with the version until it is activated.
 */
final class PlanFindings {

    private static final Pattern EVENT_TYPE = Pattern.compile("\\btype\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern COUNTED_TYPE = Pattern.compile("\\bcount\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern TAG = Pattern.compile("\\bhasTag\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern NEGATED_TAG = Pattern.compile("^(非|不是|无|没有|未)(.+)$");

    private final List<PlanProblem> refusals = new ArrayList<>();
    private final List<PlanProblem> warnings = new ArrayList<>();
    private final List<TagUse> tags = new ArrayList<>();

    /** What the whole-plan check found. */
    record Found(List<PlanProblem> refusals, List<PlanProblem> warnings, List<TagUse> tags) {
    }

    private PlanFindings() {
    }

    static Found of(List<RuleSource> sources, Map<String, RuleInfo> rules, @Nullable EventCatalog catalog,
            @Nullable PlanFile catalogFile) {
        PlanFindings findings = new PlanFindings();
        findings.check(sources, rules, catalog, catalogFile);
        return new Found(findings.refusals, findings.warnings, findings.tags);
    }

    private void check(List<RuleSource> sources, Map<String, RuleInfo> rules, @Nullable EventCatalog catalog,
            @Nullable PlanFile catalogFile) {
        Set<String> used = new LinkedHashSet<>();
        Map<String, RuleInfo> bodies = new HashMap<>();
        String firstFile = null;
        for (RuleSource source : sources) {
            for (RuleDescr descr : source.descr().getRules()) {
                RuleInfo rule = rules.get(descr.getName());
                if (rule == null) {
                    continue;
                }
                firstFile = firstFile == null ? rule.file() : firstFile;
                List<String> expressions = new ArrayList<>();
                collect(descr.getLhs(), expressions);
                for (String expression : expressions) {
                    eventTypes(expression, source, rule, catalog, used);
                    tags(expression, source, rule);
                }
                String body = body(source, descr);
                if (body != null) {
                    RuleInfo twin = bodies.putIfAbsent(body, rule);
                    if (twin != null) {
                        warnings.add(new PlanProblem(rule.file(), rule.line(), null, "规则「" + rule.name() + "」和"
                                + where(twin) + "的「" + twin.name() + "」条件和分值完全一样，同一件事会计两次分："
                                + "如果不是有意的，请删掉其中一条"));
                    }
                }
            }
        }
        if (catalog == null) {
            if (!used.isEmpty() && firstFile != null) {
                warnings.add(new PlanProblem(firstFile, 0, null, "本方案没有事件类型清单 catalog.csv：登记事件时要一字不差地"
                        + "手写事件类型，写错了（例如把「参加村民大会」写成「参加村民会议」）系统无法发现，这件事也不会计分。"
                        + "建议上传 catalog.csv，列出本方案用到的 " + used.size() + " 种事件类型：" + String.join("、", used)));
            }
        } else if (catalogFile != null) {
            unusedCatalogTypes(catalog, catalogFile, used);
        }
    }

    private void eventTypes(String expression, RuleSource source, RuleInfo rule, @Nullable EventCatalog catalog,
            Set<String> used) {
        for (Pattern pattern : List.of(EVENT_TYPE, COUNTED_TYPE)) {
            Matcher type = pattern.matcher(expression);
            while (type.find()) {
                String name = type.group(1);
                used.add(name);
                if (catalog != null && !catalog.lists(name)) {
                    String nearest = nearest(name, catalog.types().keySet());
                    refusals.add(new PlanProblem(rule.file(), rule.line(), source.conditionCellOf(rule.line(), name),
                            "规则「" + rule.name() + "」的事件类型「" + name + "」不在本村的事件类型清单 catalog.csv 里，"
                                    + "登记时选不到它，这条规则永远不会计分：请改成清单里的写法"
                                    + (nearest == null ? "" : "（是不是「" + nearest + "」？）")
                                    + "，或者在 catalog.csv 里加上这一类型" + where(rule, source, name)));
                }
            }
        }
    }

    private void tags(String expression, RuleSource source, RuleInfo rule) {
        Matcher tag = TAG.matcher(expression);
        while (tag.find()) {
            String name = tag.group(1);
            String cell = source.conditionCellOf(rule.line(), name);
            tags.add(new TagUse(name, rule.name(), rule.file(), rule.line(), cell));
            Matcher negated = NEGATED_TAG.matcher(name);
            if (negated.matches()) {
                warnings.add(new PlanProblem(rule.file(), rule.line(), cell, "规则「" + rule.name() + "」的户标签「" + name
                        + "」只对登记了「" + name + "」这个标签的户生效，并不是「不是" + negated.group(2) + "」的意思。"
                        + "如果想说不是" + negated.group(2) + "，请用中文句式「家庭户没有标签 \"" + negated.group(2)
                        + "\"」写这一条"
                        + where(rule, source, name)));
            }
        }
    }

    private void unusedCatalogTypes(EventCatalog catalog, PlanFile catalogFile, Set<String> used) {
        String[] lines = catalogFile.text().split("\r?\n", -1);
        for (String type : catalog.types().keySet()) {
            if (!used.contains(type)) {
                int line = 0;
                for (int i = 0; i < lines.length && line == 0; i++) {
                    List<String> cells = EventCatalog.cells(lines[i]);
                    if (!cells.isEmpty() && cells.get(0).equals(type)) {
                        line = i + 1;
                    }
                }
                warnings.add(new PlanProblem(catalogFile.name(), line, null, "事件类型清单里的「" + type
                        + "」没有哪条规则按它加分或扣分：登记这件事只计入当月事件数。如果它应当计分，请加一条规则"));
            }
        }
    }

    /** The expressions of every pattern of the conditions, at any depth (and, or, not, exists). */
    private static void collect(@Nullable BaseDescr descr, List<String> expressions) {
        if (descr instanceof PatternDescr pattern) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    expressions.add(expression.getExpression());
                }
            }
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), expressions);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collect(child, expressions);
            }
        }
    }

    /** The rule's text below its name (conditions and consequence), spaces and comments aside; null when unknown. */
    private static @Nullable String body(RuleSource source, RuleDescr descr) {
        String[] lines = source.drl().split("\r?\n", -1);
        if (descr.getLine() <= 0 || descr.getEndLine() < descr.getLine() || descr.getEndLine() > lines.length) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (int i = descr.getLine(); i < descr.getEndLine(); i++) {
            String line = lines[i].replaceAll("//.*$", "").replaceAll("\\s+", "");
            if (!line.startsWith("@")) {
                body.append(line);
            }
        }
        return body.toString();
    }

    private static String where(RuleInfo rule) {
        return rule.file() + " 第 " + rule.line() + " 行";
    }

    private static String where(RuleInfo rule, RuleSource source, String text) {
        String cell = source.conditionCellOf(rule.line(), text);
        return cell == null ? "" : "（表格第 " + rule.line() + " 行，单元格 " + cell + "）";
    }

    /** The catalog's type closest to what was written, when it is close (a typo, not another type). */
    static @Nullable String nearest(String written, Set<String> types) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String type : types) {
            int distance = distance(written, type);
            if (distance < bestDistance) {
                best = type;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(1, written.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
