package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the files of one plan version into a {@link CompiledPlan}, or refuses them with every problem found,
 * each with its file and line. Each build gets its own ReleaseId (builds on other threads must not see each
 * other's packages) and is removed from the KIE repository afterwards so discarded builds leave no heap behind.
 */
public final class PlanCompiler {

    /** File types a plan may hold that the engine compiles. */
    private static final List<String> RULE_SUFFIXES = List.of(".drl", ".dslr", ".dsl", ".drl.xlsx", ".drl.xls",
            ".drl.csv");
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}_.\\- ]{1,120}");
    private static final int MAX_RULE_NAME_LENGTH = 200;
    private static final int MAX_FILES = 30;
    private static final int MAX_FILE_BYTES = 256 * 1024;
    private static final String FOLDER = "src/main/resources/plans/";
    private static final String PATH_PREFIX = "plans/";
    /** Every file reaches Drools as the DRL that was checked, whatever it was written as. */
    private static final String COMPILED_SUFFIX = ".checked.drl";

    private final int fireLimit;

    public PlanCompiler(int fireLimit) {
        this.fireLimit = fireLimit;
    }

    public CompiledPlan compile(List<PlanFile> uploaded) {
        checkFiles(uploaded);
        List<PlanFile> files = withStandardDsl(uploaded);
        List<RuleSource> sources = RuleSource.readAll(files);
        EventCatalog catalog = catalog(files);
        checkCategories(sources, catalog);
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId("org.jifen.plans", "plan-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem fileSystem = kie.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        for (RuleSource source : sources) {
            fileSystem.write(FOLDER + source.file().name() + COMPILED_SUFFIX, source.drl());
        }
        try {
            KieBuilder builder = kie.newKieBuilder(fileSystem).buildAll();
            List<PlanProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .filter(message -> !message.getText().contains("Parser returned a null Package"))
                    .map(message -> problem(message, sources))
                    .toList();
            if (!problems.isEmpty()) {
                throw new PlanRejected(problems);
            }
            KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
            Map<String, RuleInfo> rules = index(sources, kieBase);
            if (rules.isEmpty()) {
                throw new PlanRejected(new PlanProblem(files.get(0).name(), 0, "方案中没有任何规则"));
            }
            CompiledPlan plan = new CompiledPlan(kieBase, rules, declaresAwards(kieBase), fireLimit, catalog);
            List<PlanProblem> failingTests = PlanTests.run(plan,
                    files.stream().filter(file -> PlanTests.isTestFile(file.name())).toList());
            if (!failingTests.isEmpty()) {
                throw new PlanRejected(failingTests);
            }
            return plan;
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /** The township's four categories (华新镇方案 四(二)); a village adds its own in catalog.csv. */
    public static final Set<String> CATEGORIES = Set.of("村民议事", "平安建设", "文明新风", "人居环境");
    private static final Pattern CATEGORY_LITERAL = Pattern.compile(
            "awards\\s*\\.\\s*(?:add|bonus)\\s*\\(.*?,\\s*\"([^\"]*)\"\\s*\\)|awards\\s*\\.\\s*veto\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** Every category a consequence names must be one of the four or one the village's catalog adds. */
    private static void checkCategories(List<RuleSource> sources, @Nullable EventCatalog catalog) {
        Set<String> known = new java.util.HashSet<>(CATEGORIES);
        if (catalog != null) {
            catalog.types().values().forEach(type -> known.add(type.category()));
        }
        List<PlanProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            String[] lines = source.drl().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher named = CATEGORY_LITERAL.matcher(lines[i]);
                while (named.find()) {
                    String category = named.group(1) != null ? named.group(1) : named.group(2);
                    if (!known.contains(category.strip())) {
                        problems.add(new PlanProblem(source.file().name(), source.writtenLine(i + 1), "类别「"
                                + category + "」不在本镇的四类（村民议事、平安建设、文明新风、人居环境）"
                                + (catalog == null ? "" : "或本村 catalog.csv 的类别") + "之中，请检查是否写错"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
    }

    private static @Nullable EventCatalog catalog(List<PlanFile> files) {
        List<PlanProblem> problems = new ArrayList<>();
        EventCatalog catalog = files.stream().filter(file -> EventCatalog.isCatalog(file.name())).findFirst()
                .map(file -> EventCatalog.read(file, problems)).orElse(null);
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
        return catalog;
    }

    /** A plan written in sentences ({@code .dslr}) without a {@code .dsl} of its own uses the standard one. */
    private static List<PlanFile> withStandardDsl(List<PlanFile> files) {
        boolean sentences = files.stream().anyMatch(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".dslr"));
        boolean ownDsl = files.stream().anyMatch(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".dsl"));
        if (!sentences || ownDsl) {
            return files;
        }
        List<PlanFile> withDsl = new ArrayList<>(files);
        withDsl.add(StandardDsl.file());
        return withDsl;
    }

    private static void checkFiles(List<PlanFile> files) {
        if (files.isEmpty()) {
            throw new PlanRejected(new PlanProblem("", 0, "没有上传任何规则文件"));
        }
        if (files.size() > MAX_FILES) {
            throw new PlanRejected(new PlanProblem("", 0, "一个方案最多 " + MAX_FILES + " 个文件，这次上传了 "
                    + files.size() + " 个"));
        }
        List<PlanProblem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PlanFile file : files) {
            if (file.content().length > MAX_FILE_BYTES) {
                problems.add(new PlanProblem(file.name(), 0, "文件超过 " + MAX_FILE_BYTES / 1024 + " KB，请拆分方案"));
            } else if (!FILE_NAME.matcher(file.name()).matches() || file.name().startsWith(".")) {
                problems.add(new PlanProblem(file.name(), 0, "文件名只能包含文字、数字、空格、下划线、点和连字符"));
            } else if (!isRuleFile(file.name()) && !PlanTests.isTestFile(file.name())
                    && !EventCatalog.isCatalog(file.name())) {
                problems.add(new PlanProblem(file.name(), 0,
                        "不支持的文件类型：规则文件须以 .drl、.dslr、.dsl 或 .drl.xlsx、.drl.xls、.drl.csv 结尾，"
                                + "规则测试以 .test.yaml 结尾，事件类型清单名为 catalog.csv"));
            } else if (!seen.add(file.name().toLowerCase(Locale.ROOT))) {
                problems.add(new PlanProblem(file.name(), 0, "同名文件上传了两次"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
    }

    public static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return RULE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static PlanProblem problem(Message message, List<RuleSource> sources) {
        String path = message.getPath() == null ? "" : message.getPath();
        int folder = path.lastIndexOf(PATH_PREFIX);
        String compiled = folder < 0 ? path : path.substring(folder + PATH_PREFIX.length());
        String file = compiled.endsWith(COMPILED_SUFFIX)
                ? compiled.substring(0, compiled.length() - COMPILED_SUFFIX.length()) : compiled;
        int line = sources.stream().filter(source -> source.file().name().equals(file)).findFirst()
                .map(source -> source.writtenLine(message.getLine())).orElse(message.getLine());
        return new PlanProblem(file, Math.max(line, 0), "规则无法编译：" + message.getText().strip());
    }

    private static boolean declaresAwards(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .flatMap(pkg -> pkg.getGlobalVariables().stream())
                .anyMatch(global -> global.getName().equals(CompiledPlan.AWARDS_GLOBAL));
    }

    /** Where each rule is written (from the parse) and what its metadata caps (from the KieBase). */
    private static Map<String, RuleInfo> index(List<RuleSource> sources, KieBase kieBase) {
        Map<String, Rule> compiled = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                compiled.put(rule.getName(), rule);
            }
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (RuleSource parsed : sources) {
            PlanFile file = parsed.file();
            for (RuleDescr descr : parsed.descr().getRules()) {
                Rule rule = compiled.get(descr.getName());
                if (rule == null) {
                    continue;
                }
                RuleInfo info = new RuleInfo(descr.getName(), file.name(), parsed.writtenLine(descr.getLine()),
                        source(parsed.shownLines(), descr), cap(rule, file, descr, problems),
                        capWindow(rule, file, descr, problems));
                if (info.name().length() > MAX_RULE_NAME_LENGTH) {
                    problems.add(new PlanProblem(file.name(), descr.getLine(),
                            "规则名超过 " + MAX_RULE_NAME_LENGTH + " 个字符，请缩短"));
                }
                RuleInfo twin = rules.putIfAbsent(info.name(), info);
                if (twin != null) {
                    problems.add(new PlanProblem(file.name(), descr.getLine(), "规则名「" + info.name()
                            + "」与 " + twin.file() + " 第 " + twin.line() + " 行重复，方案内规则名必须唯一"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
        return rules;
    }

    /** The text of the rule from its header to its {@code end}, as the village wrote it. */
    private static String source(String[] lines, RuleDescr descr) {
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

    private static @Nullable Integer cap(Rule rule, PlanFile file, RuleDescr descr, List<PlanProblem> problems) {
        Object value = rule.getMetaData().get("cap");
        if (value == null) {
            return null;
        }
        String text = unquote(value);
        try {
            int cap = Integer.parseInt(text);
            if (cap > 0) {
                return cap;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new PlanProblem(file.name(), descr.getLine(),
                "规则「" + descr.getName() + "」的 @cap 必须是正整数，例如 @cap(25)，现在是 " + text));
        return null;
    }

    private static CapWindow capWindow(Rule rule, PlanFile file, RuleDescr descr, List<PlanProblem> problems) {
        Object value = rule.getMetaData().get("capPer");
        if (value == null) {
            return CapWindow.MONTH;
        }
        String text = unquote(value);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "month", "月" -> CapWindow.MONTH;
            case "quarter", "季度" -> CapWindow.QUARTER;
            case "year", "年" -> CapWindow.YEAR;
            default -> {
                problems.add(new PlanProblem(file.name(), descr.getLine(), "规则「" + descr.getName()
                        + "」的 @capPer 只能是 \"month\"、\"quarter\" 或 \"year\"，现在是 " + text));
                yield CapWindow.MONTH;
            }
        };
    }

    private static String unquote(Object value) {
        String text = String.valueOf(value).strip();
        Matcher quoted = Pattern.compile("^\"(.*)\"$").matcher(text);
        return quoted.matches() ? quoted.group(1).strip() : text;
    }
}
