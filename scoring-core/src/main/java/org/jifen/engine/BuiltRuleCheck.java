package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.QueryImpl;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.MultiAccumulate;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.SingleAccumulate;
import org.drools.base.rule.accessor.Accumulator;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.base.accumulators.JavaAccumulatorFunctionExecutor;
import org.drools.mvel.MVELConstraint;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The second wall's other half (ADR 0041): what Drools built from a plan, checked before anything of it runs. The
 * class loader ({@link PlanClassLoader}) walls in the rule code Drools compiles to Java; but the classic engine
 * evaluates conditions with MVEL, which reaches methods by reflection and needs no class loader to do it. So every
 * built rule must consist only of known parts, by exact class: AND/OR/NOT/EXISTS, patterns on the fact model,
 * accumulate functions compiled to Java; a consequence compiled to Java; a literal salience and enabled flag; no
 * timer, no named consequences, no query. Every condition MVEL will interpret must be a comparison of the fact
 * model's properties and methods, checked token by token on the text Drools actually compiled, by code that shares
 * nothing with the rule-file check but the fact model's names. What this walk does not know, it refuses.
 */
final class BuiltRuleCheck {

    private static final Set<Class<?>> FACTS = Set.of(Event.class, Household.class, MonthSummary.class);
    private static final Set<Class<?>> ACCUMULATED = Set.of(Number.class, Integer.class, Long.class, Double.class,
            Object.class);

    private final ClassLoader wall;
    private final Function<String, PlanProblem> where;
    private final List<PlanProblem> problems = new ArrayList<>();

    private BuiltRuleCheck(ClassLoader wall, Function<String, PlanProblem> where) {
        this.wall = wall;
        this.where = where;
    }

    /**
     * Every built rule that is not made of known parts.
     *
     * @param where the file and line of a rule by name (the message is replaced)
     */
    static List<PlanProblem> check(KieBase kieBase, ClassLoader wall, Function<String, PlanProblem> where) {
        BuiltRuleCheck check = new BuiltRuleCheck(wall, where);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            boolean declaresTypes = pkg.getFactTypes().stream()
                    .anyMatch(type -> FACTS.stream().noneMatch(fact -> fact.getName().equals(type.getName())));
            if (!pkg.getFunctionNames().isEmpty() || declaresTypes || !pkg.getQueries().isEmpty()) {
                check.problems.add(new PlanProblem("", 0, "方案编译后含有函数、类型声明或查询，不属于积分方案能做的事，已拒绝"));
            }
            for (Rule rule : pkg.getRules()) {
                check.rule(rule);
            }
        }
        return check.problems;
    }

    private void rule(Rule built) {
        if (!(built instanceof RuleImpl rule) || rule instanceof QueryImpl || rule.isQuery()) {
            refuse(built.getName(), "不是普通的规则");
            return;
        }
        if (!generated(rule.getConsequence())) {
            refuse(rule.getName(), "结论不是编译后的 Java 代码");
        }
        if (rule.hasNamedConsequences()) {
            refuse(rule.getName(), "含有命名结论");
        }
        if (rule.getSalience().getClass() != SalienceInteger.class) {
            refuse(rule.getName(), "salience 不是整数");
        }
        if (rule.getEnabled().getClass() != EnabledBoolean.class) {
            refuse(rule.getName(), "enabled 不是 true 或 false");
        }
        if (rule.getTimer() != null || rule.getCalendars() != null && rule.getCalendars().length > 0) {
            refuse(rule.getName(), "含有定时器或日历");
        }
        if (!rule.getMetaData().isEmpty()) {
            refuse(rule.getName(), "含有 Drools 会计算的元数据");
        }
        element(rule.getLhs(), rule, false);
    }

    private void element(RuleConditionElement element, RuleImpl rule, boolean accumulated) {
        if (element.getClass() == GroupElement.class) {
            for (RuleConditionElement child : ((GroupElement) element).getChildren()) {
                element(child, rule, false);
            }
        } else if (element.getClass() == Pattern.class) {
            pattern((Pattern) element, rule, accumulated);
        } else {
            refuse(rule.getName(), "条件中含有「" + element.getClass().getSimpleName() + "」");
        }
    }

    private void pattern(Pattern pattern, RuleImpl rule, boolean accumulated) {
        Object source = pattern.getSource();
        boolean fromAccumulate = source != null
                && (source.getClass() == SingleAccumulate.class || source.getClass() == MultiAccumulate.class);
        Class<?> type = pattern.getObjectType() instanceof ClassObjectType classType ? classType.getClassType() : null;
        if (type == null || !(FACTS.contains(type) || fromAccumulate && ACCUMULATED.contains(type))) {
            refuse(rule.getName(), "匹配的不是 Event、Household 或 MonthSummary");
        }
        if (source != null && !fromAccumulate) {
            refuse(rule.getName(), "从「" + source.getClass().getSimpleName() + "」取数据");
        }
        if (!pattern.getBehaviors().isEmpty() || pattern.hasXPath()) {
            refuse(rule.getName(), "含有窗口或 XPath");
        }
        for (Constraint constraint : pattern.getConstraints()) {
            if (constraint.getClass() != MVELConstraint.class) {
                refuse(rule.getName(), "含有「" + constraint.getClass().getSimpleName() + "」形式的条件");
                continue;
            }
            String refused = ConditionText.refusal(((MVELConstraint) constraint).getExpression(),
                    rule.getDeclarations().keySet());
            if (refused != null) {
                refuse(rule.getName(), "条件「" + ((MVELConstraint) constraint).getExpression() + "」" + refused);
            }
        }
        if (fromAccumulate) {
            accumulate((Accumulate) source, rule);
        }
        if (accumulated && source != null) {
            refuse(rule.getName(), "accumulate 套用了 accumulate");
        }
    }

    private void accumulate(Accumulate accumulate, RuleImpl rule) {
        if (accumulate.isGroupBy()) {
            refuse(rule.getName(), "含有 groupby");
        }
        for (Accumulator accumulator : accumulate.getAccumulators()) {
            if (accumulator.getClass() != JavaAccumulatorFunctionExecutor.class
                    || !generated(((JavaAccumulatorFunctionExecutor) accumulator).getExpression())) {
                refuse(rule.getName(), "accumulate 不是编译后的 sum、count、min、max、average");
            }
        }
        element(accumulate.getSource(), rule, true);
    }

    /** Code Drools compiled for this plan: its class was defined below the wall, never a class of the service. */
    private boolean generated(@Nullable Object code) {
        if (code == null) {
            return false;
        }
        for (ClassLoader loader = code.getClass().getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader == wall) {
                return true;
            }
        }
        return false;
    }

    private void refuse(String rule, String what) {
        PlanProblem at = where.apply(rule);
        problems.add(new PlanProblem(at.file(), at.line(), "规则「" + rule + "」编译后" + what + "，不属于积分方案能做的事，已拒绝"));
    }
}
