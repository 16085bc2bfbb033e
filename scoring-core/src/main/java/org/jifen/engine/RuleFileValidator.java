package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed rule file against the rule author's contract (RULES.md) before Drools compiles anything: a village
 * plan is untrusted input and must be unable to do anything but award points. Everything is an allowlist over the
 * parse: the imports and the global it may declare, the rule attributes and metadata, the patterns and their
 * sources, and every constraint and consequence through the {@link SafeExpressions} grammar.
 */
final class RuleFileValidator {

    static final Set<String> FACT_TYPES = Set.of("Event", "Household", "MonthSummary");
    private static final Set<String> IMPORTS = Set.of("org.jifen.rules.Event", "org.jifen.rules.Household",
            "org.jifen.rules.MonthSummary", "org.jifen.rules.Awards", "org.jifen.rules.*");
    private static final Set<String> ACCUMULATE_RESULTS = Set.of("Number", "Integer", "Long", "Double", "Object");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus");
    private static final Set<String> NAME_ATTRIBUTES = Set.of("activation-group", "agenda-group", "ruleflow-group",
            "date-effective", "date-expires");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern CAP_WINDOW = Pattern.compile("\"?(month|quarter|year|月|季度|年)\"?");

    private final String file;
    private final String[] lines;
    private final List<PlanProblem> problems = new ArrayList<>();

    private RuleFileValidator(String file, String text) {
        this.file = file;
        this.lines = text.split("\r?\n", -1);
    }

    /** Every breach of the contract in the file; empty when the file may be compiled. */
    static List<PlanProblem> check(String file, String text, PackageDescr descr) {
        RuleFileValidator validator = new RuleFileValidator(file, text);
        validator.checkPackage(descr);
        return validator.problems;
    }

    /**
     * Java reads {@code \}{@code u0022} as a quote before it parses anything, so an escape inside a string could
     * close it and smuggle code past any parse of the text. Rule files have no use for them.
     */
    static List<PlanProblem> checkText(String file, String text) {
        List<PlanProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\\u") || lines[i].contains("\\U")) {
                problems.add(new PlanProblem(file, i + 1, "不允许使用 \\u 形式的转义字符，请直接写出文字"));
            }
            if (lines[i].indexOf('\u0000') >= 0) {
                problems.add(new PlanProblem(file, i + 1, "文件中有不可见的空字符（NUL），请另存为普通文本"));
            }
        }
        return problems;
    }

    private void checkPackage(PackageDescr pkg) {
        for (ImportDescr imported : pkg.getImports()) {
            if (!IMPORTS.contains(imported.getTarget())) {
                refuse(imported, "只能导入 org.jifen.rules 的 Event、Household、MonthSummary、Awards，不能导入「"
                        + imported.getTarget() + "」");
            }
        }
        pkg.getFunctionImports().forEach(f -> refuse(f, "不允许导入函数（import function）"));
        pkg.getAccumulateImports().forEach(a -> refuse(a, "不允许导入自定义的 accumulate 函数"));
        pkg.getFunctions().forEach(f -> refuse(f, "不允许在规则文件中定义函数（function）"));
        pkg.getTypeDeclarations().forEach(t -> refuse(t, "不允许声明新的类型（declare）"));
        pkg.getEnumDeclarations().forEach(t -> refuse(t, "不允许声明枚举（declare enum）"));
        pkg.getEntryPointDeclarations().forEach(e -> refuse(e, "不允许声明入口（entry-point）"));
        pkg.getWindowDeclarations().forEach(w -> refuse(w, "不允许声明窗口（window）"));
        if (pkg.getUnit() != null) {
            refuse(pkg, "不允许使用规则单元（unit）");
        }
        for (GlobalDescr global : pkg.getGlobals()) {
            boolean awards = global.getIdentifier().equals("awards")
                    && (global.getType().equals("org.jifen.rules.Awards") || global.getType().equals("Awards"));
            if (!awards) {
                refuse(global, "只能声明一个全局变量：global org.jifen.rules.Awards awards;");
            }
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            checkAttribute(attribute, null);
        }
        for (RuleDescr rule : pkg.getRules()) {
            checkRule(rule);
        }
    }

    private void checkRule(RuleDescr rule) {
        if (rule.isQuery()) {
            refuse(rule, "不允许查询（query），方案只写规则（rule）");
            return;
        }
        if (rule.getUnit() != null) {
            refuse(rule, "不允许使用规则单元（unit）");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            checkAttribute(attribute, rule);
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            checkAnnotation(annotation, rule);
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule, "规则「" + rule.getName() + "」不允许使用命名结论（then[...] / do[...]）");
        }
        Set<String> bindings = new HashSet<>();
        collectBindings(rule.getLhs(), bindings);
        checkConditions(rule.getLhs(), bindings, rule);
        Object consequence = rule.getConsequence();
        String text = consequence == null ? "" : consequence.toString();
        SafeExpressions.Refused refused = SafeExpressions.consequence(text, bindings);
        if (refused != null) {
            problems.add(new PlanProblem(file, consequenceLine(rule, text, refused.offset()),
                    "规则「" + rule.getName() + "」的结论不允许：" + refused.reason()));
        }
    }

    private void checkAttribute(AttributeDescr attribute, @Nullable RuleDescr rule) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean allowed = switch (name) {
            case "salience" -> INTEGER.matcher(value).matches();
            case "enabled" -> value.equals("true") || value.equals("false");
            case "dialect" -> value.equals("java") || value.equals("mvel");
            default -> FLAG_ATTRIBUTES.contains(name) ? value.isEmpty() || value.equals("true")
                    || value.equals("false") : NAME_ATTRIBUTES.contains(name);
        };
        if (!allowed) {
            String where = rule == null ? "" : "规则「" + rule.getName() + "」的";
            refuse(attribute.getLine() > 0 ? attribute : rule, where + "属性「" + name + " " + value + "」不允许："
                    + "salience 只能写整数，enabled 只能写 true/false；可用的属性有 salience、no-loop、lock-on-active、"
                    + "auto-focus、activation-group、agenda-group、ruleflow-group、date-effective、date-expires、enabled、dialect");
        }
    }

    private void checkAnnotation(AnnotationDescr annotation, RuleDescr rule) {
        String value = annotation.getValue() == null ? "" : String.valueOf(annotation.getValue()).strip();
        boolean allowed = switch (annotation.getName()) {
            case "cap" -> value.matches("\\d{1,6}");
            case "capPer" -> CAP_WINDOW.matcher(value).matches();
            default -> false;
        };
        if (!allowed) {
            refuse(annotation.getLine() > 0 ? annotation : rule, "规则「" + rule.getName() + "」的标注「@"
                    + annotation.getName() + "(" + value + ")」不允许：只能用 @cap(整数) 和 "
                    + "@capPer(\"month\"/\"quarter\"/\"year\")");
        }
    }

    private static void collectBindings(@Nullable BaseDescr descr, Set<String> bindings) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    String text = expression.getExpression();
                    int colon = text.indexOf(':');
                    if (colon > 0 && text.substring(0, colon).strip().matches("[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
                        bindings.add(text.substring(0, colon).strip());
                    }
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                collectBindings(accumulate.getInput(), bindings);
                accumulate.getFunctions().forEach(f -> {
                    if (f.getBind() != null) {
                        bindings.add(f.getBind());
                    }
                });
            }
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                collectBindings(child, bindings);
            }
        }
    }

    private void checkConditions(@Nullable BaseDescr descr, Set<String> bindings, RuleDescr rule) {
        if (descr == null) {
            return;
        }
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                checkConditions(child, bindings, rule);
            }
        } else if (descr instanceof PatternDescr pattern) {
            checkPattern(pattern, bindings, rule);
        } else {
            refuse(descr.getLine() > 0 ? descr : rule, "规则「" + rule.getName() + "」的条件中不允许使用「"
                    + kind(descr) + "」；条件只能是 Event、Household、MonthSummary 的匹配，以及 not、exists、and、or、accumulate");
        }
    }

    private void checkPattern(PatternDescr pattern, Set<String> bindings, RuleDescr rule) {
        Object source = pattern.getSource();
        boolean fromAccumulate = source instanceof AccumulateDescr;
        String type = pattern.getObjectType();
        if (!(FACT_TYPES.contains(type) || fromAccumulate && ACCUMULATE_RESULTS.contains(type))) {
            refuse(pattern.getLine() > 0 ? pattern : rule, "规则「" + rule.getName() + "」不能匹配「" + type
                    + "」；只能匹配 Event、Household、MonthSummary");
        }
        if (source != null && !fromAccumulate) {
            refuse(pattern.getLine() > 0 ? pattern : rule, "规则「" + rule.getName() + "」不允许使用 from、collect、"
                    + "entry-point 或 window 取数据；只能匹配插入的事实，或对它们 accumulate");
        }
        if (!pattern.getBehaviors().isEmpty()) {
            refuse(pattern.getLine() > 0 ? pattern : rule, "规则「" + rule.getName() + "」不允许使用滑动窗口（over window）");
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                SafeExpressions.Refused refused = SafeExpressions.constraint(expression.getExpression(), bindings);
                if (refused != null) {
                    problems.add(new PlanProblem(file, lineOf(expression, rule), "规则「" + rule.getName()
                            + "」的条件「" + expression.getExpression() + "」不允许：" + refused.reason()));
                }
            } else {
                refuse(constraint.getLine() > 0 ? constraint : rule, "规则「" + rule.getName() + "」的条件写法不允许：「"
                        + kind(constraint) + "」");
            }
        }
        if (source instanceof AccumulateDescr accumulate) {
            checkAccumulate(accumulate, bindings, rule);
        }
    }

    private void checkAccumulate(AccumulateDescr accumulate, Set<String> bindings, RuleDescr rule) {
        if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
            refuse(accumulate.getLine() > 0 ? accumulate : rule, "规则「" + rule.getName()
                    + "」不允许在 accumulate 中写 init/action/reverse/result 代码；请用 sum、count、min、max、average");
            return;
        }
        checkConditions(accumulate.getInput(), bindings, rule);
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                refuse(accumulate.getLine() > 0 ? accumulate : rule, "规则「" + rule.getName() + "」不允许使用 accumulate 函数「"
                        + function.getFunction() + "」；只能用 sum、count、min、max、average");
            }
            for (String parameter : function.getParams()) {
                SafeExpressions.Refused refused = SafeExpressions.expression(parameter, bindings);
                if (refused != null) {
                    refuse(accumulate.getLine() > 0 ? accumulate : rule, "规则「" + rule.getName() + "」的 accumulate 参数「"
                            + parameter + "」不允许：" + refused.reason());
                }
            }
        }
    }

    private static String kind(BaseDescr descr) {
        String name = descr.getClass().getSimpleName().replace("Descr", "");
        return switch (name) {
            case "Eval" -> "eval";
            case "Forall" -> "forall";
            case "From" -> "from";
            case "Collect" -> "collect";
            case "ConditionalBranch" -> "if/else 分支";
            case "NamedConsequence" -> "命名结论";
            default -> name;
        };
    }

    private int lineOf(BaseDescr descr, RuleDescr rule) {
        return descr.getLine() > 0 ? descr.getLine() : rule.getLine();
    }

    /** The line of an offset in a consequence, found from where the consequence text starts in the file. */
    private int consequenceLine(RuleDescr rule, String text, int offset) {
        int start = Math.max(rule.getConsequenceLine(), rule.getLine());
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        for (int i = Math.max(start - 1, 0); i < lines.length && !firstLine.isEmpty(); i++) {
            if (lines[i].contains(firstLine)) {
                start = i + 1;
                break;
            }
        }
        String before = text.substring(0, Math.min(offset, text.length()));
        int leading = text.length() - text.stripLeading().length();
        long newlines = before.substring(Math.min(leading, before.length())).chars().filter(c -> c == '\n').count();
        return start + (int) newlines;
    }

    private void refuse(@Nullable BaseDescr where, String message) {
        problems.add(new PlanProblem(file, where == null || where.getLine() < 0 ? 0 : where.getLine(), message));
    }
}
