package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * plan is untrusted input and must be unable to do anything but award points.
 *
 * <p>It fails closed (ADR 0040): every node of the parse is matched against an explicit list of the descriptor
 * classes it knows, by exact class, and anything else is refused, so that a construct the check forgot (such as
 * {@code groupby}, whose descriptor is a subclass of accumulate's, or whatever a later Drools adds) is refused rather
 * than allowed by omission. Every expression in every position goes through the {@link SafeExpressions} grammar;
 * attribute and metadata values must be literals; a consequence is parsed into the awards it asks for, whose
 * categories must be string literals among the township's four and the village catalog's. It also counts what
 * Drools would build (ADR 0044): condition branches per rule (each {@code or} multiplies them) are bounded.
 */
final class RuleFileValidator {

    static final Set<String> FACT_TYPES = FactModel.TYPES;
    /** The most alternatives one rule's conditions may expand to: 20 nested {@code or} made Drools build 2^20. */
    static final int MAX_BRANCHES = 64;
    private static final Set<String> IMPORTS = Set.of("org.jifen.rules.Event", "org.jifen.rules.Household",
            "org.jifen.rules.MonthSummary", "org.jifen.rules.Awards", "org.jifen.rules.*");
    private static final Set<String> ACCUMULATE_RESULTS = Set.of("Number", "Integer", "Long", "Double", "Object");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus");
    private static final Set<String> NAME_ATTRIBUTES = Set.of("activation-group", "agenda-group", "ruleflow-group",
            "date-effective", "date-expires");
    private static final Pattern PACKAGE_NAME =
            Pattern.compile("[\\p{IsHan}A-Za-z_][\\p{IsHan}\\w]{0,39}(\\.[\\p{IsHan}A-Za-z_][\\p{IsHan}\\w]{0,39}){0,3}");
    private static final Set<String> RESERVED_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com", "org", "net",
            "jakarta", "kotlin", "scala", "groovy", "mvel", "drools", "kie");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /** An attribute name as a catalog writes it: letters and digits of any script but no quote, space or symbol. */
    private static final Pattern CAP_BY = Pattern.compile("\"[\\p{L}\\p{N}_]{1,20}\"");
    private static final Pattern CAP_WINDOW = Pattern.compile("\"?(month|quarter|year|ever|月|季度|年|永久|每月|每季度|每年|一次性)\"?");
    /** Drools' own date format, in years a plan can mean: "1-Jul-99999" or "31-Dec-0001" make a rule that never fires. */
    private static final Pattern DATE_VALUE = Pattern.compile(
            "\"?(0?[1-9]|[12]\\d|3[01])-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-20\\d\\d\"?");
    private static final Pattern NAME_VALUE = Pattern.compile("\"?[^\"\\\\\\p{Cc}\\p{Cf}]{0,100}\"?");

    /** What the check found: the breaches, each rule's consequence as it will be compiled, its condition branches. */
    record Checked(List<PlanProblem> problems, Map<RuleDescr, String> consequences, Map<RuleDescr, Integer> branches,
            List<PlanProblem> ranges) {
    }

    private final String file;
    private final String[] lines;
    private final Set<String> categories;
    private final List<PlanProblem> problems = new ArrayList<>();
    /**
     * Divisors that can be zero and points that can leave the bound (ADR 0195): refused at upload, never when a stored
     * plan is compiled again, which passed the checks of its day and must keep compiling.
     */
    private final List<PlanProblem> ranges = new ArrayList<>();
    private final Map<RuleDescr, String> consequences = new IdentityHashMap<>();
    private final Map<RuleDescr, Integer> branches = new IdentityHashMap<>();
    /** What the values of the rule being checked can be (ADR 0195). */
    private RuleScope scope = new RuleScope();

    private RuleFileValidator(String file, String text, Set<String> categories) {
        this.file = file;
        this.lines = text.split("\r?\n", -1);
        this.categories = categories;
    }

    /** Every breach of the contract in the file (empty when it may be compiled), and the consequences to compile. */
    static Checked check(String file, String text, PackageDescr descr, Set<String> categories) {
        RuleFileValidator validator = new RuleFileValidator(file, text, categories);
        validator.checkPackage(descr);
        return new Checked(validator.problems, validator.consequences, validator.branches, validator.ranges);
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
            } else {
                int hidden = lines[i].codePoints().filter(RuleFileValidator::hidden).findFirst().orElse(-1);
                if (hidden >= 0) {
                    problems.add(new PlanProblem(file, i + 1, "这一行有看不见的控制字符（" + String.format("U+%04X", hidden)
                            + "），它会让规则看起来和实际不一样，请删去（常见于从网页、微信复制的文字）"));
                }
            }
        }
        return problems;
    }

    /**
     * Characters that change how a line looks or is read without being seen: control characters other than the tab,
     * and format characters (zero-width spaces and joiners, direction overrides as in "Trojan Source", a byte-order
     * mark in mid-file). Java even ignores some of them inside names.
     */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return c != '\t' && c != '\r' && (type == Character.CONTROL || type == Character.FORMAT);
    }

    private void checkPackage(PackageDescr pkg) {
        if (pkg.getClass() != PackageDescr.class) {
            refuse(pkg, "不认识的规则文件结构");
            return;
        }
        if (pkg.getName() != null && !pkg.getName().isEmpty() && !packageName(pkg.getName())) {
            refuse(pkg.getLine() > 0 ? pkg : null, "包名「" + pkg.getName() + "」不允许：请照抄 package villages.村代码;"
                    + "（例如 package villages.yangjiazhuang;），包名只用字母、数字和下划线，不能以 java、javax、org、com 等开头");
        }
        for (ImportDescr imported : pkg.getImports()) {
            if (imported.getClass() != ImportDescr.class || !IMPORTS.contains(imported.getTarget())) {
                refuse(imported, "只能导入「org.jifen.rules」的 Event、Household、MonthSummary、Awards，不能导入「"
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
            boolean awards = global.getClass() == GlobalDescr.class && global.getIdentifier().equals("awards")
                    && (global.getType().equals("org.jifen.rules.Awards") || global.getType().equals("Awards"));
            if (!awards) {
                refuse(global, "只能声明一个全局变量：「global org.jifen.rules.Awards awards;」");
            }
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            checkAttribute(attribute, null);
        }
        for (RuleDescr rule : pkg.getRules()) {
            checkRule(rule);
        }
    }

    /**
     * A package of letters, digits and underscores in at most four parts, not in a namespace of the platform or its
     * libraries: the plan's classes are generated into it, and {@code package java.lang;} broke Drools' build with
     * an engine message (found from outside).
     */
    private static boolean packageName(String name) {
        return PACKAGE_NAME.matcher(name).matches() && !RESERVED_PACKAGES.contains(name.split("\\.")[0]);
    }

    private void checkRule(RuleDescr rule) {
        if (rule.getClass() != RuleDescr.class || rule.isQuery()) {
            refuse(rule, "不允许查询（query），方案只写规则（rule）");
            return;
        }
        if (rule.getUnit() != null) {
            refuse(rule, "不允许使用规则单元（unit）");
        }
        if (rule.getParentName() != null) {
            refuse(rule, "规则「" + rule.getName() + "」不允许继承其他规则（extends）");
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
        scope = new RuleScope();
        int branches = conditions(rule.getLhs(), bindings, rule);
        this.branches.put(rule, branches);
        if (branches > MAX_BRANCHES) {
            refuse(rule, "规则「" + rule.getName() + "」的条件展开后有 " + (branches == Integer.MAX_VALUE ? "极多" : branches)
                    + " 种组合（每个 or 都会成倍增加），最多 " + MAX_BRANCHES + " 种：请把它拆成几条规则");
        }
        Object consequence = rule.getConsequence();
        String text = consequence instanceof String written ? written : consequence == null ? "" : null;
        if (text == null) {
            refuse(rule, "规则「" + rule.getName() + "」的结论写法不认识");
            return;
        }
        SafeExpressions.Consequence parsed = SafeExpressions.consequence(text, bindings, scope);
        for (SafeExpressions.Refused range : scope.drain()) {
            ranges.add(new PlanProblem(file, consequenceLine(rule, text, range.offset()),
                    "规则「" + rule.getName() + "」的结论不允许：" + range.reason()));
        }
        if (parsed.refused() != null) {
            problems.add(new PlanProblem(file, consequenceLine(rule, text, parsed.refused().offset()),
                    "规则「" + rule.getName() + "」的结论不允许：" + parsed.refused().reason()));
            return;
        }
        for (SafeExpressions.Award award : parsed.awards()) {
            String category = award.category().strip();
            if (!category.equals(award.category())) {
                // stored stripped, it would count as the township's category while the file shows another text
                problems.add(new PlanProblem(file, consequenceLine(rule, text, award.offset()), "类别「"
                        + award.category() + "」前后有空格，请删去空格，写成「" + category + "」"));
                continue;
            }
            boolean unknown = category.length() > CompiledPlan.MAX_CATEGORY_LENGTH || category.indexOf('\\') >= 0
                    || !categories.contains(category);
            String imitated = !unknown ? null : PlanCompiler.CATEGORIES.stream()
                    .filter(standard -> LookAlikes.imitates(category, standard)).findFirst().orElse(null);
            if (imitated != null) {
                problems.add(new PlanProblem(file, consequenceLine(rule, text, award.offset()), "类别「" + category
                        + "」和本镇的「" + imitated + "」" + LookAlikes.howTheyDiffer(category, imitated)
                        + "：本镇的类别要一字不差地写，请写成「" + imitated + "」"));
            } else if (unknown) {
                problems.add(new PlanProblem(file, consequenceLine(rule, text, award.offset()), "类别「"
                        + award.category() + "」不在本镇的四类（村民议事、平安建设、文明新风、人居环境）"
                        + (categories.size() > PlanCompiler.CATEGORIES.size() ? "或本村 catalog.csv 的类别" : "")
                        + "之中，请检查是否写错；本村自己加的类别，要先在 catalog.csv 里列出（类别那一格写它）"));
            }
        }
        consequences.put(rule, parsed.java());
    }

    private void checkAttribute(AttributeDescr attribute, @Nullable RuleDescr rule) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean allowed = attribute.getClass() == AttributeDescr.class && switch (name) {
            case "salience" -> INTEGER.matcher(value).matches();
            case "enabled" -> value.equals("true") || value.equals("false");
            case "dialect" -> value.equals("java") || value.equals("mvel") || value.equals("\"java\"")
                    || value.equals("\"mvel\"");
            default -> FLAG_ATTRIBUTES.contains(name) ? value.isEmpty() || value.equals("true")
                    || value.equals("false") : name.startsWith("date-") ? DATE_VALUE.matcher(value).matches() && RuleAttributes.isDay(value)
                    : NAME_ATTRIBUTES.contains(name) && NAME_VALUE.matcher(value).matches();
        };
        if (!allowed) {
            String where = rule == null ? "" : "规则「" + rule.getName() + "」的";
            boolean known = name.equals("salience") || name.equals("enabled") || name.equals("dialect")
                    || FLAG_ATTRIBUTES.contains(name) || NAME_ATTRIBUTES.contains(name);
            String why = !known ? "本镇的方案不支持「" + name + "」属性"
                    : name.equals("salience") && value.matches("-?\\d+") ? "salience 的数太大，最多 9 位数"
                    : name.equals("salience") ? "salience 只能写整数"
                    : name.equals("enabled") ? "enabled 只能写 true 或 false"
                    : name.equals("dialect") ? "dialect 只能写 java 或 mvel"
                    : FLAG_ATTRIBUTES.contains(name) ? name + " 只能不写值，或写 true、false"
                    : name.startsWith("date-") && DATE_VALUE.matcher(value).matches() ? "日历上没有 "
                            + value.replace("\"", "") + " 这一天（这个月没有这么多天），会被当成下个月的某一天，请写一个真有的日期"
                    : name.startsWith("date-") ? name + " 只能写一个加英文双引号、2000 到 2099 年之间的日期，例如 \"1-Jul-2024\""
                    : name + " 只能写一个加英文双引号的名字，例如 \"月度项目\"";
            refuse(attribute.getLine() > 0 ? attribute : rule, where + "属性「" + name + " " + value + "」不允许：" + why
                    + "；可用的属性有 salience、no-loop、lock-on-active、auto-focus、activation-group、agenda-group、"
                    + "ruleflow-group、date-effective、date-expires、enabled、dialect");
        }
    }

    private void checkAnnotation(AnnotationDescr annotation, RuleDescr rule) {
        String value = annotation.getValue() == null ? "" : String.valueOf(annotation.getValue()).strip();
        boolean single = annotation.getClass() == AnnotationDescr.class && annotation.getFullyQualifiedName() == null
                && annotation.getValueMap().size() == 1 && annotation.getValueMap().containsKey(AnnotationDescr.VALUE);
        boolean allowed = single && switch (annotation.getName()) {
            case "cap" -> value.matches("\\d{1,6}");
            case "capPer" -> CAP_WINDOW.matcher(value).matches();
            case "capBy" -> CAP_BY.matcher(value).matches();
            default -> false;
        };
        if (!allowed && single && annotation.getName().equals("cap") && value.matches("\\d{7,}")) {
            refuse(annotation.getLine() > 0 ? annotation : rule, "规则「" + rule.getName() + "」的上限 @cap(" + value
                    + ") 太大：上限最多写 999999 分（一户一个月的基础分最多 100 分，附加分最多 1000 分），"
                    + "请写这一项实际的上限，例如每月最多 20 分写 @cap(20)");
        } else if (!allowed) {
            refuse(annotation.getLine() > 0 ? annotation : rule, "规则「" + rule.getName() + "」的标注「@"
                    + annotation.getName() + "(" + value + ")」不允许：只能用 @cap(整数) 和 "
                    + "@capPer(\"month\"/\"quarter\"/\"year\"/\"ever\") 和 @capBy(\"属性名\")");
        }
    }

    /**
     * Checks a condition element and everything in it, and counts the alternatives Drools will expand it to: an
     * {@code or} adds its children's, an {@code and} multiplies them (saturating).
     */
    private int conditions(@Nullable BaseDescr descr, Set<String> bindings, RuleDescr rule) {
        if (descr == null) {
            return 1;
        }
        Class<?> kind = descr.getClass();
        if (kind == AndDescr.class) {
            int branches = 1;
            for (BaseDescr child : ((AndDescr) descr).getDescrs()) {
                branches = times(branches, conditions(child, bindings, rule));
            }
            return branches;
        }
        if (kind == OrDescr.class) {
            int branches = 0;
            for (BaseDescr child : ((OrDescr) descr).getDescrs()) {
                branches = plus(branches, conditions(child, bindings, rule));
            }
            return Math.max(branches, 1);
        }
        if (kind == NotDescr.class || kind == ExistsDescr.class) {
            int branches = 1;
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                branches = times(branches, conditions(child, bindings, rule));
            }
            return branches;
        }
        if (kind == PatternDescr.class) {
            return pattern((PatternDescr) descr, bindings, rule);
        }
        refuse(descr.getLine() > 0 ? descr : rule, "规则「" + rule.getName() + "」的条件中不允许使用「"
                + kind(descr) + "」；条件只能是 Event、Household、MonthSummary 的匹配，以及 not、exists、and、or、accumulate");
        return 1;
    }

    private int pattern(PatternDescr pattern, Set<String> bindings, RuleDescr rule) {
        BaseDescr where = pattern.getLine() > 0 ? pattern : rule;
        Object source = pattern.getSource();
        boolean fromAccumulate = source != null && source.getClass() == AccumulateDescr.class;
        String type = pattern.getObjectType();
        if (!(FACT_TYPES.contains(type) || fromAccumulate && ACCUMULATE_RESULTS.contains(type))) {
            refuse(where, "规则「" + rule.getName() + "」不能匹配「" + type + "」；只能匹配 Event、Household、MonthSummary");
        }
        RuleScope.Pattern values = new RuleScope.Pattern(FACT_TYPES.contains(type) ? type : "?");
        if (pattern.getIdentifier() != null) {
            if (!SafeExpressions.isBindingName(pattern.getIdentifier())) {
                refuse(where, "变量名「" + pattern.getIdentifier() + "」要以 $ 开头，例如 $e、$h");
            }
            bindings.add(pattern.getIdentifier());
            scope.bind(pattern.getIdentifier(), values);
        }
        if (source != null && !fromAccumulate) {
            refuse(where, "规则「" + rule.getName() + "」不允许使用 from、collect、groupby、entry-point 或 window 取数据；"
                    + "只能匹配插入的事实，或对它们 accumulate（sum、count、min、max、average）");
        }
        if (!pattern.getBehaviors().isEmpty()) {
            refuse(where, "规则「" + rule.getName() + "」不允许使用滑动窗口（over window）");
        }
        if (!pattern.getAnnotations().isEmpty()) {
            refuse(where, "规则「" + rule.getName() + "」的条件不允许写标注（如 @watch）");
        }
        if (pattern.isQuery() || pattern.isUnification()) {
            refuse(where, "规则「" + rule.getName() + "」的条件写法不允许");
        }
        int branches = 1;
        if (fromAccumulate) {
            branches = accumulate((AccumulateDescr) source, bindings, rule);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint.getClass() == ExprConstraintDescr.class
                    && ((ExprConstraintDescr) constraint).getType() == ExprConstraintDescr.Type.NAMED) {
                String expression = ((ExprConstraintDescr) constraint).getExpression();
                String bound = boundName(expression);
                if (bound != null && !SafeExpressions.isBindingName(bound)) {
                    refuse(constraint.getLine() > 0 ? constraint : where, "变量名「" + bound + "」要以 $ 开头，例如 $h");
                } else if (bound != null) {
                    bindings.add(bound);
                }
                SafeExpressions.Refused refused = SafeExpressions.constraint(expression, bindings, scope, values);
                for (SafeExpressions.Refused range : scope.drain()) {
                    ranges.add(new PlanProblem(file, lineOf(constraint, rule), "规则「" + rule.getName()
                            + "」的条件「" + expression + "」不允许：" + range.reason()));
                }
                if (refused != null) {
                    problems.add(new PlanProblem(file, lineOf(constraint, rule), "规则「" + rule.getName()
                            + "」的条件「" + expression + "」不允许：" + refused.reason()));
                }
            } else {
                refuse(constraint.getLine() > 0 ? constraint : where, "规则「" + rule.getName() + "」的条件写法不允许：「"
                        + kind(constraint) + "」");
            }
        }
        return branches;
    }

    private int accumulate(AccumulateDescr accumulate, Set<String> bindings, RuleDescr rule) {
        BaseDescr where = accumulate.getLine() > 0 ? accumulate : rule;
        if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null || accumulate.getResultCode() != null
                || accumulate.getClassName() != null) {
            refuse(where, "规则「" + rule.getName() + "」不允许在 accumulate 中写 init/action/reverse/result 代码；请用 sum、count、min、max、average");
            return 1;
        }
        int branches = conditions(accumulate.getInput(), bindings, rule);
        if (accumulate.getFunctions().isEmpty()) {
            refuse(where, "规则「" + rule.getName() + "」的 accumulate 要写 sum、count、min、max 或 average");
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (function.getClass() != AccumulateDescr.AccumulateFunctionCallDescr.class
                    || !ACCUMULATE_FUNCTIONS.contains(function.getFunction()) || function.isUnification()) {
                refuse(where, "规则「" + rule.getName() + "」不允许使用 accumulate 函数「" + function.getFunction()
                        + "」；只能用 sum、count、min、max、average");
            }
            if (function.getBind() != null) {
                if (!SafeExpressions.isBindingName(function.getBind())) {
                    refuse(where, "变量名「" + function.getBind() + "」要以 $ 开头，例如 $n");
                }
                bindings.add(function.getBind());
                scope.bindUnknown(function.getBind());
            }
            for (String parameter : function.getParams()) {
                SafeExpressions.Refused refused = SafeExpressions.expression(parameter, bindings, scope);
                for (SafeExpressions.Refused range : scope.drain()) {
                    ranges.add(new PlanProblem(file, where.getLine() > 0 ? where.getLine() : 0, "规则「"
                            + rule.getName() + "」的 accumulate 参数「" + parameter + "」不允许：" + range.reason()));
                }
                if (refused != null) {
                    refuse(where, "规则「" + rule.getName() + "」的 accumulate 参数「" + parameter + "」不允许：" + refused.reason());
                }
            }
        }
        return branches;
    }

    /** The name a constraint binds ({@code $q : quantity}), if any. */
    private static @Nullable String boundName(String expression) {
        int colon = expression.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = expression.substring(0, colon).strip();
        return name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*") ? name : null;
    }

    private static int times(int a, int b) {
        long product = (long) a * b;
        return product > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) product;
    }

    private static int plus(int a, int b) {
        long sum = (long) a + b;
        return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }

    private static String kind(BaseDescr descr) {
        String name = descr.getClass().getSimpleName().replace("Descr", "");
        return switch (name) {
            case "Eval" -> "eval";
            case "Forall" -> "forall";
            case "From" -> "from";
            case "Collect" -> "collect";
            case "GroupBy" -> "groupby";
            case "ConditionalBranch" -> "if/else 分支";
            case "NamedConsequence" -> "命名结论";
            case "ExprConstraint", "Constraint" -> "一个系统读不懂的条件（几个条件之间要用英文逗号「,」分开，不能用分号「;」）";
            // the engine's name for a construct says nothing to a clerk: the line and the rule say where (attack 15, J1)
            default -> "一种积分方案不支持的写法";
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
