package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the files of one plan version into a {@link CompiledPlan}, or refuses them with every problem found,
 * each with its file and line. A plan is untrusted input and passes three walls (docs/security.md):
 * <ol>
 * <li>the rule-file check ({@link RuleSource}, {@link RuleFileValidator}, {@link SafeExpressions}), which fails
 * closed;</li>
 * <li>the build: Drools gets the checked parse itself, without anything it would evaluate while building (rule
 * metadata, expression attributes), compiles it below {@link PlanClassLoader}, which resolves only an allowlist of
 * classes, and what it built is checked by {@link BuiltRuleCheck} before anything runs;</li>
 * <li>budgets: sizes counted before Drools builds anything, and a time and firing limit on every run
 * ({@link CompiledPlan}); the service checks uploads in a separate, limited process (PlanCheckProcess).</li>
 * </ol>
 */
public final class PlanCompiler {

    /** File types a plan may hold that the engine compiles. */
    private static final List<String> RULE_SUFFIXES = List.of(".drl", ".dslr", ".dsl", ".drl.xlsx", ".drl.xls",
            ".drl.csv");
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}_.\\- ]{1," + FileNames.MAX_LENGTH + "}");
    private static final int MAX_FILES = 30;
    private static final int MAX_FILE_BYTES = 256 * 1024;
    /**
     * All of a plan's files together: every version is kept for good, and the pilots' largest plan is 13 KB. Without
     * it an outside tryout stored 7.6 MB per version (30 files at the file limit).
     */
    static final int MAX_PLAN_BYTES = 1024 * 1024;
    /** Rules in one plan: the pilot plans have 9 to 45. */
    static final int MAX_RULES = 300;
    /** Condition branches in one plan, summed over its rules ({@link RuleFileValidator#MAX_BRANCHES} per rule). */
    static final int MAX_PLAN_BRANCHES = 1000;
    /**
     * Terms of conditions (ADR 0192): a real rule has 1 to 10 and a condition 1 to 5; the pilots' largest plan has
     * about 200 terms. An outside tryout kept 150 MB of heap per stored version with 300 rules of 100 terms each.
     */
    static final int MAX_CONDITION_TERMS = 30;
    static final int MAX_PLAN_TERMS = 3000;
    private static final String PATH_PREFIX = "plans/";

    /** The township's four categories (华新镇方案 四(二)); a village adds its own in catalog.csv. */
    public static final Set<String> CATEGORIES = Set.of("村民议事", "平安建设", "文明新风", "人居环境");

    private final PlanLimits limits;
    private final boolean checked;

    public PlanCompiler(int fireLimit) {
        this(PlanLimits.firing(fireLimit));
    }

    public PlanCompiler(PlanLimits limits) {
        this(limits, true);
    }

    /** @param checked false only in {@code PlanWallTest}: the rule-file check off, to prove the walls behind it */
    PlanCompiler(PlanLimits limits, boolean checked) {
        this.limits = limits;
        this.checked = checked;
    }

    /**
     * The compiled plan with its warnings, or {@link PlanRejected} with every problem, each in a clerk's words
     * ({@link ClerkWords}).
     */
    public CompiledPlan compile(List<PlanFile> uploaded) {
        return compile(uploaded, null);
    }

    /** @param upload the days an upload's tests may be dated on; null for a stored plan compiled again */
    private CompiledPlan compile(List<PlanFile> uploaded, @Nullable TestDays upload) {
        try {
            return compileChecked(uploaded, upload);
        } catch (PlanRejected rejected) {
            throw new PlanRejected(ClerkWords.plain(rejected.problems()), rejected.laterChecks(),
                    ClerkWords.plain(rejected.warnings()));
        }
    }

    /**
     * An upload: compiled as {@link #compile}, then tried with typical events and month-ends ({@link TrialRun}, ADR
     * 0164), so that a plan that would fail every such event or month-end is refused now, not once it is in force.
     * Stored plans are compiled without the trial: they passed it when they were uploaded. Before that, its divisors
     * and points are checked over the facts' bounds (ADR 0195), which stored plans are not either.
     */
    public CompiledPlan compileUpload(List<PlanFile> uploaded, TestDays days) {
        CompiledPlan plan = compile(uploaded, days);
        List<PlanProblem> faults = TrialRun.of(plan);
        if (!faults.isEmpty()) {
            throw new PlanRejected(ClerkWords.plain(faults));
        }
        return plan;
    }

    /** As above for the engine's own tests, whose plans' tests may be dated on any day. */
    public CompiledPlan compileUpload(List<PlanFile> uploaded) {
        return compileUpload(uploaded, TestDays.ANY);
    }

    private CompiledPlan compileChecked(List<PlanFile> uploaded, @Nullable TestDays upload) {
        checkFiles(uploaded);
        List<PlanProblem> oversized = SpreadsheetBudget.beforeReading(uploaded);
        if (!oversized.isEmpty()) {
            throw new PlanRejected(oversized);
        }
        List<PlanFile> files = withStandardDsl(uploaded);
        List<PlanProblem> warnings = new ArrayList<>();
        // Checks that do not need one another run together, so that one upload shows all they find (ADR 0173).
        List<PlanProblem> early = new ArrayList<>();
        EventCatalog catalog = catalog(files, warnings, early);
        boolean catalogRead = early.isEmpty();
        TestDays days = upload == null ? TestDays.ANY : upload;
        early.addAll(PlanTests.malformed(files.stream().filter(file -> PlanTests.isTestFile(file.name())).toList(),
                days));
        early.addAll(SheetTests.malformed(files, days));
        Set<String> categories = new HashSet<>(CATEGORIES);
        if (catalog != null) {
            catalog.types().values().forEach(type -> categories.add(type.category().strip()));
        }
        // What could be read goes on to the later checks, though a row or file of it could not (ADR 0177).
        List<PlanProblem> unread = new ArrayList<>();
        List<PlanProblem> atUpload = new ArrayList<>();
        List<RuleSource> sources = RuleSource.readAll(files, categories, checked, warnings, unread, atUpload);
        if (upload != null) {
            early.addAll(atUpload);
        }
        boolean whole = unread.isEmpty();
        early.addAll(unread);
        if (sources.isEmpty() && !whole) {
            early.add(PlanProblem.laterChecks("规则名是否重复、事件类型是否在清单里，并试算测试"));
            throw new PlanRejected(early, warnings);
        }
        checkSize(sources);
        Map<String, RuleInfo> rules = index(sources, early);
        if (rules.isEmpty() && early.isEmpty()) {
            throw new PlanRejected(new PlanProblem(files.get(0).name(), 0, "方案中没有任何规则"));
        }
        // A catalog with bad lines is no list to hold the rules' types against: its own problems come first.
        PlanFile catalogFile = files.stream().filter(file -> catalogRead && EventCatalog.isCatalog(file.name()))
                .findFirst().orElse(null);
        PlanFindings.Found found = PlanFindings.of(sources, rules, catalogRead ? catalog : null, catalogFile, whole);
        early.addAll(found.refusals());
        if (upload != null) {
            early.addAll(LookAlikeNames.of(sources, rules, found.names(), catalogRead ? catalog : null, catalogFile));
        }
        warnings.addAll(found.warnings());
        if (!early.isEmpty()) {
            throw new PlanRejected(withLaterChecks(early, whole), warnings);
        }
        TypeEffects effects = TypeEffects.of(sources);
        PlanClassLoader wall = PlanClassLoader.forThisApplication();
        KieBase kieBase;
        List<PlanProblem> unsafe;
        try {
            kieBase = build(sources, wall);
            unsafe = BuiltRuleCheck.check(kieBase, wall, name -> locate(rules, name));
        } catch (LinkageError unlinkable) {
            // what the wall hides, Drools' own generated code could not link: a refusal, never a failed request
            throw new PlanRejected(new PlanProblem(sources.get(0).file().name(), 1, "规则用到了积分方案不能用的功能，已拒绝"));
        } catch (PlanRejected notBuilt) {
            throw new PlanRejected(notBuilt.problems(), notBuilt.laterChecks(), warnings);
        }
        if (!unsafe.isEmpty()) {
            throw new PlanRejected(unsafe, warnings);
        }
        CompiledPlan plan = new CompiledPlan(kieBase, compiledOnly(rules, kieBase), declaresAwards(kieBase), limits,
                catalog, ClerkWords.plain(warnings), found.tags(), MonthEndBase.of(sources), effects);
        List<PlanProblem> failingTests = new ArrayList<>(PlanTests.run(plan,
                files.stream().filter(file -> PlanTests.isTestFile(file.name())).toList()));
        failingTests.addAll(SheetTests.run(plan, files));
        if (!failingTests.isEmpty()) {
            throw new PlanRejected(failingTests, warnings);
        }
        return plan;
    }

    /** Terms per condition and per plan (ADR 0192), refused at the condition or the rule where the budget is passed. */
    private static void checkTerms(List<RuleSource> sources) {
        List<PlanProblem> problems = new ArrayList<>();
        int total = 0;
        for (RuleSource source : sources) {
            for (RuleDescr rule : source.descr().getRules()) {
                total += ConditionTerms.of(rule, (condition, terms) -> {
                    if (terms > MAX_CONDITION_TERMS) {
                        problems.add(new PlanProblem(source.file().name(), source.writtenLine(
                                condition.getLine() > 0 ? condition.getLine() : rule.getLine()),
                                "规则「" + rule.getName() + "」有一个条件用 ||、&& 或 in (…) 连了 " + terms + " 项，一个条件最多 "
                                        + MAX_CONDITION_TERMS + " 项（in 后面括号里的每个值算一项）：请把它拆成几条规则"));
                    }
                });
                if (total > MAX_PLAN_TERMS && problems.isEmpty()) {
                    problems.add(new PlanProblem(source.file().name(), source.writtenLine(rule.getLine()),
                            "方案的条件太多：全部规则合计最多 " + MAX_PLAN_TERMS + " 项比较（从规则「" + rule.getName()
                                    + "」起超出）；一条规则通常只要几项，请去掉重复的条件、合并相似的规则或拆分方案"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
    }

    /** Rules and condition branches, counted on the parse before Drools builds anything (ADR 0044). */
    private static void checkSize(List<RuleSource> sources) {
        int rules = sources.stream().mapToInt(source -> source.descr().getRules().size()).sum();
        if (rules > MAX_RULES) {
            int seen = 0;
            for (RuleSource source : sources) {
                for (RuleDescr rule : source.descr().getRules()) {
                    if (++seen > MAX_RULES) {
                        throw new PlanRejected(new PlanProblem(source.file().name(), source.writtenLine(rule.getLine()),
                                "一个方案最多 " + MAX_RULES + " 条规则，这个方案有 " + rules + " 条（从这一条起超出），"
                                        + "请合并相似的规则或拆分方案"));
                    }
                }
            }
        }
        checkTerms(sources);
        long branches = 0;
        for (RuleSource source : sources) {
            for (RuleDescr rule : source.descr().getRules()) {
                branches += source.branches().getOrDefault(rule, 1);
                if (branches > MAX_PLAN_BRANCHES) {
                    throw new PlanRejected(new PlanProblem(source.file().name(), source.writtenLine(rule.getLine()),
                            "方案的条件展开后超过 " + MAX_PLAN_BRANCHES + " 种组合（每个 or 都会成倍增加，从这一条规则起超出）："
                                    + "请减少用 or 连接的条件或拆分方案"));
                }
            }
        }
    }

    /**
     * Drools builds the parse that was checked, not a new parse of the text, and gets nothing it would evaluate
     * while building: rule metadata (which it evaluates as MVEL) is taken out after it was read into the index,
     * attributes keep only literal values Drools merely parses, the dialect is Java, and each consequence is the one
     * the rule-file check rewrote from its parse.
     */
    private static PackageDescr forDrools(RuleSource source) {
        PackageDescr pkg = source.descr();
        pkg.getAttributes().clear();
        for (RuleDescr rule : pkg.getRules()) {
            rule.getAnnotationNames().clear();
            rule.getAttributes().values().removeIf(attribute -> !isLiteral(attribute));
            String consequence = source.consequences().get(rule);
            if (consequence != null) {
                rule.setConsequence(consequence);
            }
        }
        return pkg;
    }

    private static boolean isLiteral(AttributeDescr attribute) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        return switch (attribute.getName()) {
            case "salience" -> value.matches("-?\\d{1,9}");
            case "enabled", "no-loop", "lock-on-active", "auto-focus" -> value.isEmpty() || value.equals("true")
                    || value.equals("false");
            case "activation-group", "agenda-group", "ruleflow-group", "date-effective", "date-expires" -> true;
            default -> false;
        };
    }

    /** The KieBase of the checked sources, compiled and linked below {@code wall} (another loader only to measure it). */
    static KieBase build(List<RuleSource> sources, ClassLoader wall) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, wall));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleSource source : sources) {
            DescrResource resource = new DescrResource(forDrools(source));
            resource.setSourcePath(PATH_PREFIX + source.file().name());
            batch.add(resource, ResourceType.DESCR);
        }
        batch.build();
        List<PlanProblem> problems = builder.getResults(ResultSeverity.ERROR).stream()
                .map(result -> problem(result, sources))
                .distinct() // the compiler reports one expression once per pattern that reads it
                .toList();
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
        // The KieBase needs the wall too: its own class loader defines the rule classes again, and would otherwise
        // hang them below the service's (KnowledgeBuilder.newKieBase() does), unwalled.
        // Conditions are compiled to Java the first time they are evaluated, not after 20 interpreted evaluations:
        // interpreted, 10 / 0 passed as a large number; compiled, it fails. A plan behaves the same from its first
        // event, so that the upload's trial run sees what the twenty-first event would (tryout 5, M2; ADR 0164).
        org.kie.api.KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, wall);
        configuration.setOption(org.kie.internal.conf.ConstraintJittingThresholdOption.get(0));
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    /** The catalog as far as it could be read; the problems of its lines are added to {@code problems}. */
    private static @Nullable EventCatalog catalog(List<PlanFile> files, List<PlanProblem> warnings,
            List<PlanProblem> problems) {
        return files.stream().filter(file -> EventCatalog.isCatalog(file.name())).findFirst()
                .map(file -> EventCatalog.read(file, problems, warnings)).orElse(null);
    }

    /**
     * The problems, closed by the note that the plan was not yet run nor its tests checked (ADR 0173), nor, where a
     * row or file could not be read, what it holds (ADR 0177).
     */
    private static List<PlanProblem> withLaterChecks(List<PlanProblem> problems, boolean whole) {
        List<PlanProblem> noted = new ArrayList<>(problems);
        noted.add(PlanProblem.laterChecks((whole ? "" : "有错的那几行（或文件）里的规则名和事件类型，")
                + "试算整个方案并核对测试的期望得分"));
        return noted;
    }

    /** A plan written in sentences ({@code .dslr}) without a {@code .dsl} of its own uses the standard one. */
    static List<PlanFile> withStandardDsl(List<PlanFile> files) {
        boolean sentences = files.stream().anyMatch(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".dslr"));
        boolean ownDsl = files.stream().anyMatch(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".dsl"));
        if (!sentences || ownDsl) {
            return files;
        }
        List<PlanFile> withDsl = new ArrayList<>(files);
        withDsl.add(StandardDsl.file());
        return withDsl;
    }

    /** The cheap checks of the upload as a whole (count, sizes, names, types), before anything is read. */
    public static void checkFiles(List<PlanFile> files) {
        if (files.isEmpty()) {
            throw new PlanRejected(new PlanProblem("", 0, "没有上传任何规则文件"));
        }
        if (files.size() > MAX_FILES) {
            throw new PlanRejected(new PlanProblem("", 0, "一个方案最多 " + MAX_FILES + " 个文件，这次上传了 "
                    + files.size() + " 个"));
        }
        List<PlanProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PlanFile file : files) {
            if (file.content().length > MAX_FILE_BYTES) {
                problems.add(new PlanProblem(file.name(), 0, "文件超过 " + MAX_FILE_BYTES / 1024 + " KB，请拆分方案"));
            } else if (!FILE_NAME.matcher(file.name()).matches() || file.name().startsWith(".")) {
                problems.add(new PlanProblem(file.name(), 0, FileNames.badName(file.name())));
            } else if (!isRuleFile(file.name()) && !PlanTests.isTestFile(file.name())
                    && !SheetTests.isTestTable(file.name()) && !EventCatalog.isCatalog(file.name())) {
                problems.add(new PlanProblem(file.name(), 0, FileNames.unsupported(file.name())));
            } else if (!seen.add(file.name().toLowerCase(Locale.ROOT))) {
                problems.add(new PlanProblem(file.name(), 0, "同名文件上传了两次"));
            }
        }
        long total = files.stream().mapToLong(file -> file.content().length).sum();
        if (problems.isEmpty() && total > MAX_PLAN_BYTES) {
            problems.add(new PlanProblem("", 0, "一个方案的文件合计不能超过 " + MAX_PLAN_BYTES / 1024
                    + " KB，这次上传了 " + (total + 1023) / 1024 + " KB。一般的方案只有几十 KB，请删去不用的文件或内容"));
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
    }

    public static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return RULE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static PlanProblem problem(KnowledgeBuilderResult result, List<RuleSource> sources) {
        String path = result.getResource() == null || result.getResource().getSourcePath() == null ? ""
                : result.getResource().getSourcePath();
        String file = path.startsWith(PATH_PREFIX) ? path.substring(PATH_PREFIX.length()) : path;
        int reported = result.getLines() != null && result.getLines().length > 0 ? result.getLines()[0] : 0;
        RuleSource source = sources.stream().filter(read -> read.file().name().equals(file)).findFirst().orElse(null);
        // a condition Drools cannot analyse carries no line of its own, only its rule (attack tryouts 9, F6.3; 10, NEW-3)
        int drlLine = reported <= 0 && result instanceof org.drools.compiler.compiler.DescrBuildError error
                && error.getParentDescr() != null ? conditionLine(error, source) : reported;
        int line = source == null ? drlLine : source.writtenLine(drlLine);
        return new PlanProblem(file, Math.max(line, 0), ClerkWords.compilation(result.getMessage().strip(),
                file.toLowerCase(Locale.ROOT).endsWith(".dslr")));
    }

    /**
     * The DRL line of the condition Drools could not analyse: its own line when it has one; else the line of its rule
     * that holds the longest start of it (Drools rewrites what follows, 「occurredOn > "01-Jan-2024"」 into a date
     * expression, so 「occurredOn >」 is what is left to find); the rule's first line when no line holds three characters.
     */
    private static int conditionLine(org.drools.compiler.compiler.DescrBuildError error, @Nullable RuleSource source) {
        int ruleLine = error.getParentDescr().getLine();
        org.drools.drl.ast.descr.BaseDescr condition = error.getDescr();
        if (condition != null && condition.getLine() > ruleLine) {
            return condition.getLine();
        }
        Object text = condition instanceof org.drools.drl.ast.descr.PredicateDescr predicate ? predicate.getContent()
                : condition == null ? null : condition.getText();
        if (source == null || text == null || ruleLine <= 0) {
            return ruleLine;
        }
        String wanted = text.toString().replaceAll("\\s+", "");
        String[] lines = source.drl().split("\r?\n|\r", -1);
        int best = ruleLine;
        int longest = 2;
        for (int i = ruleLine - 1; i < lines.length && !lines[i].strip().equals("end"); i++) {
            String line = lines[i].replaceAll("\\s+", "");
            int low = 0;
            int high = wanted.length();
            while (low < high) {
                int middle = (low + high + 1) / 2;
                if (line.contains(wanted.substring(0, middle))) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            if (low > longest) {
                longest = low;
                best = i + 1;
            }
        }
        return best;
    }

    private static boolean declaresAwards(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .flatMap(pkg -> pkg.getGlobalVariables().stream())
                .anyMatch(global -> global.getName().equals(CompiledPlan.AWARDS_GLOBAL));
    }

    private static PlanProblem locate(Map<String, RuleInfo> rules, String name) {
        RuleInfo rule = rules.get(name);
        return rule == null ? new PlanProblem("", 0, "") : new PlanProblem(rule.file(), rule.line(), "");
    }

    /** The indexed rules that Drools built (a query, for instance, is not one). */
    private static Map<String, RuleInfo> compiledOnly(Map<String, RuleInfo> rules, KieBase kieBase) {
        Set<String> built = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                built.add(rule.getName());
            }
        }
        Map<String, RuleInfo> compiled = new LinkedHashMap<>(rules);
        compiled.keySet().retainAll(built);
        return compiled;
    }

    /** Where each rule is written, its text and its cap, from the parse (before its metadata is taken out). */
    private static Map<String, RuleInfo> index(List<RuleSource> sources, List<PlanProblem> problems) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, RuleInfo> byKey = new HashMap<>();
        Map<String, RuleInfo> bySpacelessKey = new HashMap<>();
        for (RuleSource parsed : sources) {
            PlanFile file = parsed.file();
            for (RuleDescr descr : parsed.descr().getRules()) {
                int line = parsed.writtenLine(descr.getLine());
                String refused = RuleNames.refusal(descr.getName());
                if (refused != null) {
                    problems.add(new PlanProblem(file.name(), line, refused));
                    continue;
                }
                RuleInfo info = new RuleInfo(descr.getName(), file.name(), line,
                        source(parsed.shownLines(), descr), cap(descr, file, line, problems),
                        capWindow(descr, file, line, problems), capBy(descr, file, line, problems));
                RuleInfo twin = byKey.putIfAbsent(RuleNames.key(info.name()), info);
                RuleInfo spaced = bySpacelessKey.putIfAbsent(RuleNames.key(info.name()).replace(" ", ""), info);
                String cell = parsed.cellOf(line, info.name());
                if (twin == null && spaced != null) {
                    problems.add(new PlanProblem(file.name(), line, cell, "规则名「" + info.name() + "」和 " + spaced.file()
                            + " 第 " + spaced.line() + " 行的「" + spaced.name() + "」只差空格，公示时村民分不清是不是同一项："
                            + "如果是同一项，请删掉一条；如果是两项，请把名称改得能看出区别"));
                } else if (twin != null) {
                    problems.add(new PlanProblem(file.name(), line, cell, "规则名「" + info.name()
                            + "」与 " + twin.file() + " 第 " + twin.line() + " 行的「" + twin.name()
                            + "」重复（或看起来一样），方案内规则名必须唯一"));
                } else {
                    rules.put(info.name(), info);
                }
            }
        }
        return rules;
    }

    /** The text of the rule from its header to its {@code end}, as the village wrote it. */
    static String source(String[] lines, RuleDescr descr) {
        int from = Math.max(descr.getLine() - 1, 0);
        int to = descr.getEndLine() >= descr.getLine() ? descr.getEndLine() : lines.length;
        StringBuilder text = new StringBuilder();
        for (int i = from; i < Math.min(to, lines.length); i++) {
            text.append(lines[i]).append('\n');
            if (descr.getEndLine() < descr.getLine() && lines[i].strip().equals("end")) {
                break;
            }
        }
        return text.toString().stripTrailing();
    }

    private static @Nullable String annotation(RuleDescr descr, String name) {
        AnnotationDescr annotation = descr.getAnnotation(name);
        return annotation == null || annotation.getValue() == null ? null : unquote(annotation.getValue());
    }

    private static @Nullable Integer cap(RuleDescr descr, PlanFile file, int line, List<PlanProblem> problems) {
        String text = annotation(descr, "cap");
        if (text == null) {
            return null;
        }
        try {
            int cap = Integer.parseInt(text);
            if (cap > 0) {
                return cap;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new PlanProblem(file.name(), line,
                "规则「" + descr.getName() + "」的 @cap 必须是正整数，例如 @cap(25)，现在是 " + text));
        return null;
    }

    private static CapWindow capWindow(RuleDescr descr, PlanFile file, int line, List<PlanProblem> problems) {
        String text = annotation(descr, "capPer");
        if (text == null) {
            return CapWindow.MONTH;
        }
        CapWindow window = CapWindow.named(text);
        if (window == null) {
            problems.add(new PlanProblem(file.name(), line, "规则「" + descr.getName()
                    + "」的 @capPer 只能是 \"month\"、\"quarter\"、\"year\" 或 \"ever\"（月、季度、年、永久），现在是 " + text));
            return CapWindow.MONTH;
        }
        return window;
    }

    /** The attribute a rule's cap is kept apart by (ADR 0155); it only means something beside a cap. */
    private static @Nullable String capBy(RuleDescr descr, PlanFile file, int line, List<PlanProblem> problems) {
        String text = annotation(descr, "capBy");
        if (text == null) {
            return null;
        }
        if (annotation(descr, "cap") == null) {
            problems.add(new PlanProblem(file.name(), line, "规则「" + descr.getName() + "」写了按「" + text
                    + "」分开计上限，却没有写上限：请写 @cap(分值)，例如每人一次 20 分写 @cap(20) 和 @capPer(\"ever\")"));
        }
        return text;
    }

    private static String unquote(Object value) {
        String text = String.valueOf(value).strip();
        Matcher quoted = Pattern.compile("^\"(.*)\"$").matcher(text);
        return quoted.matches() ? quoted.group(1).strip() : text;
    }
}
