package org.jifen.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.PlanFindings.NameUse;
import org.jspecify.annotations.Nullable;

/**
 * The names of an upload that imitate one another (ADR 0203): written differently, read the same
 * ({@link LookAlikes#skeleton}). Two rule names villagers cannot tell apart on the notice; an event type, attribute or
 * household tag a rule uses that another rule writes with a variant (「垃圾分類」 and 「垃圾分类」), so that staff who
 * record the one never fire the rules of the other; a catalog's types and categories likewise, and its own categories
 * beside the township's four; the values rules compare one attribute with. Refused at upload only: a version stored before this check still loads. A village may
 * write traditional characters; what it may not do is write one name two ways.
 */
final class LookAlikeNames {

    private final List<PlanProblem> problems = new ArrayList<>();

    private LookAlikeNames() {
    }

    /**
     * @param catalog the catalog, or null when there is none or its lines were refused
     */
    static List<PlanProblem> of(List<RuleSource> sources, Map<String, RuleInfo> rules, List<NameUse> uses,
            @Nullable EventCatalog catalog, @Nullable PlanFile catalogFile) {
        LookAlikeNames check = new LookAlikeNames();
        check.ruleNames(sources, rules);
        Map<String, Listed> standard = new LinkedHashMap<>();
        if (catalog != null && catalogFile != null) {
            check.catalog(catalog, catalogFile);
            catalog.types().values().forEach(type -> type.attributes().forEach(attribute -> standard.putIfAbsent(
                    LookAlikes.skeleton(attribute), new Listed(attribute, catalogFile.name(),
                            EventCatalog.lineOf(catalogFile, 0, type.type()), type.type()))));
        }
        // with a catalog, a type it does not list is refused by PlanFindings, saying which listed one it imitates
        check.uses(uses, NameUse.TYPE, catalog == null, Map.of());
        check.uses(uses, NameUse.ATTRIBUTE, true, standard);
        check.uses(uses, NameUse.TAG, true, Map.of());
        check.attributeValues(rules);
        return check.problems;
    }

    /** A catalog's attribute: where it is listed, and for which type. */
    private record Listed(String name, String file, int line, String type) {
    }

    private void ruleNames(List<RuleSource> sources, Map<String, RuleInfo> rules) {
        Map<String, RuleSource> byFile = new HashMap<>();
        sources.forEach(source -> byFile.putIfAbsent(source.file().name(), source));
        Map<String, RuleInfo> bySkeleton = new HashMap<>();
        for (RuleInfo rule : rules.values()) {
            RuleInfo first = bySkeleton.putIfAbsent(LookAlikes.skeleton(rule.name()), rule);
            if (first != null) {
                RuleSource source = byFile.get(rule.file());
                problems.add(new PlanProblem(rule.file(), rule.line(), source == null ? null
                        : source.cellOf(rule.line(), rule.name()), "规则名「" + rule.name() + "」和 " + first.file()
                        + " 第 " + first.line() + " 行的「" + first.name() + "」" + LookAlikes.howTheyDiffer(rule.name(),
                        first.name()) + "，公示时村民看不出是两项：如果是同一项，请删掉一条；如果是两项，请把名称改得一眼能看出区别"));
            }
        }
    }

    private void catalog(EventCatalog catalog, PlanFile file) {
        // in the file's order, so that the later line is the one refused
        List<EventCatalog.EventType> inOrder = catalog.types().values().stream()
                .sorted(Comparator.comparingInt(type -> EventCatalog.lineOf(file, 0, type.type()))).toList();
        Map<String, String> types = new HashMap<>();
        for (String type : inOrder.stream().map(EventCatalog.EventType::type).toList()) {
            String first = types.putIfAbsent(LookAlikes.skeleton(type), type);
            if (first != null) {
                problems.add(new PlanProblem(file.name(), EventCatalog.lineOf(file, 0, type), "事件类型「" + type
                        + "」和第 " + EventCatalog.lineOf(file, 0, first) + " 行的「" + first + "」"
                        + LookAlikes.howTheyDiffer(type, first) + "：登记时分不清是哪一个，规则也只认其中一个。"
                        + "如果是同一类事件，请删掉这一行；如果是两类，请换一个一眼能看出区别的名称"));
            }
        }
        Map<String, String> categories = new HashMap<>();
        PlanCompiler.CATEGORIES.forEach(category -> categories.put(LookAlikes.skeleton(category), category));
        Set<String> said = new HashSet<>();
        for (EventCatalog.EventType type : inOrder) {
            String category = type.category().strip();
            String first = categories.putIfAbsent(LookAlikes.skeleton(category), category);
            if (first != null && !first.equals(category) && said.add(category)) {
                boolean township = PlanCompiler.CATEGORIES.contains(first);
                problems.add(new PlanProblem(file.name(), EventCatalog.lineOf(file, 1, category), "类别「" + category
                        + "」和" + (township ? "本镇的" : "第 " + EventCatalog.lineOf(file, 1, first) + " 行的") + "「"
                        + first + "」" + LookAlikes.howTheyDiffer(category, first) + "，公示时村民会以为是同一类，积分却分开计："
                        + "如果是同一类，请一字不差地写「" + first + "」；如果是" + (township ? "本村新加的类别" : "两类")
                        + "，请换一个一眼能看出区别的名称"));
            }
        }
    }

    /**
     * The uses of one kind of name that imitate a listed name ({@code standard}, by skeleton) or, when
     * {@code amongThemselves}, one another; each written name is refused once, at its first use.
     */
    private void uses(List<NameUse> uses, String kind, boolean amongThemselves, Map<String, Listed> standard) {
        Map<String, NameUse> bySkeleton = new HashMap<>();
        Set<String> said = new HashSet<>();
        for (NameUse use : uses) {
            if (!use.kind().equals(kind)) {
                continue;
            }
            String skeleton = LookAlikes.skeleton(use.name());
            Listed listed = standard.get(skeleton);
            if (listed != null) {
                if (!listed.name().equals(use.name()) && said.add(use.name())) {
                    problems.add(new PlanProblem(use.rule().file(), use.rule().line(), use.cell(), "规则「"
                            + use.rule().name() + "」的" + kind + "「" + use.name() + "」和 " + listed.file() + " 第 "
                            + listed.line() + " 行「" + listed.type() + "」的" + kind + "「" + listed.name() + "」"
                            + LookAlikes.howTheyDiffer(use.name(), listed.name()) + "：登记时填的是「" + listed.name()
                            + "」，这个条件永远不成立。请一字不差地写成「" + listed.name() + "」"));
                }
                continue;
            }
            NameUse first = bySkeleton.putIfAbsent(skeleton, use);
            if (amongThemselves && first != null && !first.name().equals(use.name()) && said.add(use.name())) {
                problems.add(new PlanProblem(use.rule().file(), use.rule().line(), use.cell(), "规则「"
                        + use.rule().name() + "」的" + kind + "「" + use.name() + "」和 " + first.rule().file() + " 第 "
                        + first.rule().line() + " 行规则「" + first.rule().name() + "」的" + kind + "「" + first.name()
                        + "」" + LookAlikes.howTheyDiffer(use.name(), first.name()) + "：" + consequence(kind)
                        + "如果是同一个，请两处写成一样；如果是两个，请换一个一眼能看出区别的名称"));
            }
        }
    }

    /**
     * The values rules compare one attribute of one event type with (its choices on the record page, ADR 0172) that
     * imitate one another: 「优秀」 in one rule and 「優秀」 in another.
     */
    private void attributeValues(Map<String, RuleInfo> rules) {
        AttributeChoices choices = AttributeChoices.of(rules.values());
        for (String type : choices.types()) {
            for (Map.Entry<String, AttributeChoices.Choice> choice : choices.of(type).entrySet()) {
                Map<String, String> bySkeleton = new HashMap<>();
                for (String value : choice.getValue().values()) {
                    String first = bySkeleton.putIfAbsent(LookAlikes.skeleton(value), value);
                    RuleInfo rule = first == null ? null : writing(rules, value);
                    RuleInfo firstRule = first == null ? null : writing(rules, first);
                    if (rule != null && firstRule != null) {
                        problems.add(new PlanProblem(rule.file(), rule.line(), "规则「" + rule.name() + "」的「" + type
                                + "」属性「" + choice.getKey() + "」的值「" + value + "」和 " + firstRule.file() + " 第 "
                                + firstRule.line() + " 行规则「" + firstRule.name() + "」的「" + first + "」"
                                + LookAlikes.howTheyDiffer(value, first) + "：登记时只会填其中一种，按另一种判断的条件永远"
                                + "不成立。如果是同一个，请两处写成一样；如果是两个，请换一个一眼能看出区别的名称"));
                    }
                }
            }
        }
    }

    /** The first rule whose text holds the value in quotes (a rule file), else at all (a spreadsheet's row). */
    private static @Nullable RuleInfo writing(Map<String, RuleInfo> rules, String value) {
        return rules.values().stream().filter(rule -> rule.source().contains("\"" + value + "\"")).findFirst()
                .or(() -> rules.values().stream().filter(rule -> rule.source().contains(value)).findFirst()).orElse(null);
    }

    private static String consequence(String kind) {
        return switch (kind) {
            case NameUse.TYPE -> "登记时只会写成其中一种，按另一种写的规则永远不会计分。";
            case NameUse.ATTRIBUTE -> "登记时只会填其中一种，按另一种判断的条件永远不成立。";
            default -> "给户登记标签时只会用其中一种，按另一种判断的规则对这些户永远不生效。";
        };
    }
}
