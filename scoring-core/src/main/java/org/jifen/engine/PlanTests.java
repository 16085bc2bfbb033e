package org.jifen.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.problem.WholeNumber;
import org.jifen.rules.Awards.Kind;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Rule tests a plan carries ({@code *.test.yaml}): "given this event (or this month), expect these awards". They
 * run at upload; a failing case refuses the version and is named. Keys are Chinese, with English alternatives:
 *
 * <pre>
 * - 用例: 参加村民大会得 2 分          # name
 *   事件类型: 参加村民大会              # type (or 月度: {次数: {类型: n}, 数量: {类型: n}, 基础分, 附加分, 扣分,
 *                                      #   最近: {类型: {属性: 值}}})
 *   数量: 1                            # quantity, optional
 *   日期: 2024-07-15                   # occurredOn, optional
 *   属性: {会议: 七月村民大会}           # attributes, optional
 *   户标签: [党员户]                    # tags, optional
 *   期望:                              # expect: exactly these awards, in any order; [] for none
 *     - {规则: 参加村民大会, 分数: 2}     # rule, points, 类型/kind optional (BASE, BONUS, VETO)
 * </pre>
 */
final class PlanTests {

    static final int MAX_CASES = 500;
    /**
     * A case's event is bounded as a recorded event is (RecordEvent, API.md): a case of a 50,000-character attribute
     * against 100 rules of long {@code contains} literals held a check slot for a minute (seventh outside attack, M2);
     * no real event could ever be like it.
     */
    static final int MAX_TYPE = 60;
    static final int MAX_ATTRIBUTES = 30;
    static final int MAX_ATTRIBUTE_NAME = 40;
    static final int MAX_ATTRIBUTE_VALUE = PlanLimits.MAX_ATTRIBUTE_VALUE;
    private static final Pattern ALIAS = Pattern.compile("(?<![\\w\\p{L}])\\*[\\w\\p{L}]");

    private PlanTests() {
    }

    static boolean isTestFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".test.yaml") || lower.endsWith(".test.yml");
    }

    /** Every failing or malformed case of the plan's test files. */
    static List<PlanProblem> run(CompiledPlan plan, Collection<PlanFile> testFiles) {
        List<PlanProblem> problems = new ArrayList<>();
        for (PlanFile file : testFiles) {
            List<Map<String, Object>> cases = readable(file, problems);
            if (cases == null) {
                continue;
            }
            for (Map<String, Object> testCase : cases) {
                String name = text(testCase, "用例", "name", "(未命名)");
                int line = lineOf(file.text(), name);
                try {
                    String failure = check(plan, testCase);
                    if (failure != null) {
                        problems.add(new PlanProblem(file.name(), line, "测试「" + name + "」未通过：" + failure));
                    }
                } catch (IllegalArgumentException | ClassCastException | java.time.DateTimeException malformed) {
                    problems.add(new PlanProblem(file.name(), line, "测试「" + name + "」写法不正确："
                            + firstLine(malformed.getMessage())));
                } catch (RuleFailed failed) {
                    problems.add(new PlanProblem(file.name(), line, "测试「" + name + "」运行时规则出错："
                            + failed.getMessage()));
                }
            }
        }
        return problems;
    }

    /**
     * How the tests are written, checked without the plan (ADR 0173): an unreadable file, a date or number a case
     * cannot be read with. Found with the rules' own problems, so that one upload shows both.
     */
    static List<PlanProblem> malformed(Collection<PlanFile> testFiles, TestDays days) {
        List<PlanProblem> problems = new ArrayList<>();
        for (PlanFile file : testFiles) {
            List<Map<String, Object>> cases = readable(file, problems);
            if (cases == null) {
                continue;
            }
            for (Map<String, Object> testCase : cases) {
                String name = text(testCase, "用例", "name", "(未命名)");
                Integer hidden = hidden(testCase);
                if (hidden != null) {
                    problems.add(new PlanProblem(file.name(), Math.max(lineOf(file.text(), name), 1), "测试「" + name
                            + "」里有看不见的控制字符（" + String.format("U+%04X", hidden) + "），写在 YAML 的转义"
                            + "（如 \\e、\\x07、\\N）里也一样：它会让测试名和期望看起来和实际不一样，请删去"));
                    continue;
                }
                try {
                    if (value(testCase, "月度", "month") != null) {
                        month(map(value(testCase, "月度", "month")));
                    } else {
                        Event event = event(testCase);
                        String implausible = value(testCase, "日期", "occurredOn") == null ? null
                                : days.implausible(event.getOccurredOn());
                        if (implausible != null) {
                            throw new IllegalArgumentException(implausible);
                        }
                    }
                    expected(testCase);
                } catch (IllegalArgumentException | ClassCastException | java.time.DateTimeException malformed) {
                    problems.add(new PlanProblem(file.name(), lineOf(file.text(), name), "测试「" + name + "」写法不正确："
                            + firstLine(malformed.getMessage())));
                }
            }
        }
        return problems;
    }

    /**
     * The first control, format (zero-width, direction), private-use or separator character in any key or text of a
     * case once YAML has decoded its escapes, or null: the same rule as for rule names (ADR 0046, 0174).
     */
    private static @Nullable Integer hidden(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Integer found = hidden(entry.getKey());
                found = found != null ? found : hidden(entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                Integer found = hidden(item);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof String text) {
            return text.codePoints().filter(c -> c != ' ' && RuleNames.invisible(c)).boxed().findFirst().orElse(null);
        }
        return null;
    }

    /** The file's cases, or null with what made it unreadable added to {@code problems}. */
    private static @Nullable List<Map<String, Object>> readable(PlanFile file, List<PlanProblem> problems) {
        try {
            return cases(file);
        } catch (IllegalArgumentException unreadable) {
            problems.add(new PlanProblem(file.name(), 0, "测试文件格式不正确：" + firstLine(unreadable.getMessage())));
        } catch (YAMLException unreadable) {
            problems.add(unreadable(file, unreadable));
        }
        return null;
    }

    /** What the YAML reader refused, in the clerk's words and at its line: its own messages are English. */
    private static PlanProblem unreadable(PlanFile file, YAMLException unreadable) {
        String message = String.valueOf(unreadable.getMessage());
        int line = unreadable instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                ? marked.getProblemMark().getLine() + 1 : message.contains("aliases") ? firstAlias(file.text())
                : message.contains("Nesting Depth") ? firstTooDeep(file.text()) : 0;
        String why = message.contains("tag is not allowed") ? "不能写以 ! 开头的标记（如 !!java…），用例只写文字、数字和列表"
                : message.contains("aliases") ? "不能用 & 和 * 引用别处的内容，请把每个用例完整写出来"
                : message.contains("Nesting Depth") ? "括号或缩进的层数太多，一个用例最多写到「期望」下面的一层"
                : message.contains("code points") || message.contains("exceeds the limit") ? "文件太大"
                : "请检查缩进是否对齐、冒号后面是否有空格、方括号和大括号是否成对";
        return new PlanProblem(file.name(), line, "测试文件格式不正确：" + why);
    }

    private static int firstAlias(String text) {
        Matcher alias = ALIAS.matcher(text);
        return alias.find() ? lineAt(text, alias.start()) : 0;
    }

    /** The line where brackets first nest deeper than any plan's tests need. */
    private static int firstTooDeep(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
            if (depth > 10) {
                return lineAt(text, i);
            }
        }
        return 0;
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(PlanFile file) {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(20);
        limits.setAllowRecursiveKeys(false);
        limits.setCodePointLimit(256 * 1024);
        Object loaded = new Yaml(new DaysAsWritten(limits)).load(file.text());
        if (!(loaded instanceof List<?> list) || list.size() > MAX_CASES
                || !list.stream().allMatch(item -> item instanceof Map)) {
            throw new IllegalArgumentException("文件应是一个用例列表（每项以「- 用例:」开头），最多 " + MAX_CASES + " 项");
        }
        return (List<Map<String, Object>>) loaded;
    }

    static @Nullable String check(CompiledPlan plan, Map<String, Object> testCase) {
        Object fact = value(testCase, "月度", "month") != null ? month(map(value(testCase, "月度", "month")))
                : event(testCase);
        return compare(plan.fire(List.of(fact, household(testCase))), testCase);
    }

    /** The test's household: its tags, and the same made-up head and size in every test. */
    static Household household(Map<String, Object> testCase) {
        return new Household("测试户", "一组", null, 3, 2, Set.copyOf(strings(value(testCase, "户标签", "tags"))));
    }

    /** Null when what fired is exactly what the case expects, else what was expected and what fired. */
    static @Nullable String compare(List<FiredAward> fired, Map<String, Object> testCase) {
        List<String> actual = describe(fired, expectedKinds(testCase));
        List<String> expected = expected(testCase);
        List<String> sortedActual = actual.stream().sorted().toList();
        return sortedActual.equals(expected.stream().sorted().toList()) ? null
                : "期望 " + (expected.isEmpty() ? "不得分" : String.join("、", expected))
                        + "，实际 " + (actual.isEmpty() ? "不得分" : String.join("、", actual));
    }

    static Event event(Map<String, Object> testCase) {
        String type = text(testCase, "事件类型", "type", null);
        if (type == null) {
            throw new IllegalArgumentException("缺少「事件类型」或「月度」");
        }
        if (type.length() > MAX_TYPE) {
            throw new IllegalArgumentException("事件类型超过 " + MAX_TYPE + " 个字：登记事件时最多 " + MAX_TYPE + " 个字，用例也一样");
        }
        Object quantity = value(testCase, "数量", "quantity");
        Map<String, String> attributes = new TreeMap<>();
        map(value(testCase, "属性", "attributes")).forEach((key, v) -> attributes.put(key, String.valueOf(v)));
        attributes.forEach((name, text) -> {
            if (attributes.size() > MAX_ATTRIBUTES || name.length() > MAX_ATTRIBUTE_NAME
                    || text.length() > MAX_ATTRIBUTE_VALUE) {
                throw new IllegalArgumentException("属性「" + (name.length() > MAX_ATTRIBUTE_NAME ? name.substring(0,
                        MAX_ATTRIBUTE_NAME) + "…" : name) + "」超出了登记事件时的限制（最多 " + MAX_ATTRIBUTES + " 个属性，"
                        + "属性名最多 " + MAX_ATTRIBUTE_NAME + " 个字，值最多 " + MAX_ATTRIBUTE_VALUE + " 个字）：用例只能写"
                        + "真实登记得了的事件");
            }
        });
        Object date = value(testCase, "日期", "occurredOn");
        int amount = quantity == null ? 1 : integer(quantity);
        if (amount < 1 || amount > PlanLimits.MAX_QUANTITY) {
            throw new IllegalArgumentException("数量「" + quantity + "」不对：登记事件时数量只能是 1 到 "
                    + PlanLimits.MAX_QUANTITY + " 的整数，测试也只能试这样的数量");
        }
        return new Event(type, "测试户", date == null ? LocalDate.of(2024, 7, 15) : date(date), amount, attributes);
    }

    /**
     * YAML's own dates are lenient (an unquoted 2024-02-30 is 1 March): timestamps are read as the text written, so
     * that a day is read as strictly as an event's date when it is recorded. Numbers with a fraction or an exponent are
     * read as written too: no count or point in a test has one, and the refusal quotes 「1e999999999」, not the
     * 「Infinity」 YAML would make of it (attack tryout 13, A6).
     */
    private static final class DaysAsWritten extends SafeConstructor {

        DaysAsWritten(LoaderOptions limits) {
            super(limits);
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, new ConstructYamlStr());
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.FLOAT, new ConstructYamlStr());
        }
    }

    /** A day written with or without quotes, read strictly: 2024-02-30 is no day. */
    private static LocalDate date(Object value) {
        String written = value.toString().strip();
        try {
            return LocalDate.parse(written);
        } catch (java.time.format.DateTimeParseException notADate) {
            throw new IllegalArgumentException(written.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? "日期「" + written + "」不是日历上有的日子" : "日期「" + value + "」应写成 2024-07-15 的形式");
        }
    }

    /** What a 月度 case may say; anything else is refused rather than ignored (tryout 3, F2: 属性 was ignored). */
    private static final Set<String> MONTH_KEYS = Set.of("次数", "counts", "数量", "sums", "基础分", "basePoints",
            "附加分", "bonusPoints", "扣分", "deductions", "最近", "latest");

    private static MonthSummary month(Map<String, Object> month) {
        for (String key : month.keySet()) {
            if (!MONTH_KEYS.contains(key)) {
                throw new IllegalArgumentException("「月度」里不能写「" + key + "」：只能写 次数、数量、基础分、附加分、扣分、"
                        + "最近（这户最近一次某类事件的属性，例如 最近: {美丽庭院检查: {结果: 美丽庭院}}）");
            }
        }
        Map<String, Integer> counts = integers(map(value(month, "次数", "counts")));
        Map<String, Integer> sums = integers(map(value(month, "数量", "sums")));
        Map<String, Map<String, String>> latest = new TreeMap<>();
        map(value(month, "最近", "latest")).forEach((type, attributes) -> {
            Map<String, String> values = new TreeMap<>();
            map(attributes).forEach((name, v) -> values.put(name, String.valueOf(v)));
            latest.put(type, values);
        });
        java.util.stream.Stream.of(counts, sums).flatMap(numbers -> numbers.entrySet().stream())
                .filter(number -> number.getValue() < 0).findFirst().ifPresent(negative -> {
                    throw new IllegalArgumentException("「" + negative.getKey() + "」的次数或数量「" + negative.getValue()
                            + "」不能是负数");
                });
        long events = counts.values().stream().mapToLong(Integer::longValue).sum();
        if (events > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("「次数」合计 " + events + " 太大：一户一个月不会有这么多件事");
        }
        return new MonthSummary("测试户", "2024-07", counts, sums.isEmpty() ? counts : sums,
                integer(value(month, "基础分", "basePoints")), integer(value(month, "附加分", "bonusPoints")),
                integer(value(month, "扣分", "deductions")), (int) events, latest);
    }

    /** Expected awards as "rule 2 分" (with the kind when the test names one). */
    private static List<String> expected(Map<String, Object> testCase) {
        Object listed = value(testCase, "期望", "expect");
        if (!(listed instanceof List<?> awards)) {
            throw new IllegalArgumentException("缺少「期望」（一个列表；不得分写 []）");
        }
        List<String> expected = new ArrayList<>();
        for (Object award : awards) {
            Map<String, Object> fields = map(award);
            String rule = text(fields, "规则", "rule", null);
            if (rule == null) {
                throw new IllegalArgumentException("期望的每一项都要写「规则」");
            }
            String kind = kind(fields);
            Object points = value(fields, "分数", "points");
            expected.add(label(rule, points == null ? 0 : integer(points), kind));
        }
        return expected;
    }

    /** The cases of the test files that could be read, as maps (what cannot be read is the upload's refusal). */
    static List<Map<String, Object>> cases(Collection<PlanFile> testFiles) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (PlanFile file : testFiles) {
            List<Map<String, Object>> cases = readable(file, new ArrayList<>());
            if (cases != null) {
                all.addAll(cases);
            }
        }
        return all;
    }

    /** The rules a case expects to score or veto. */
    static Set<String> expectedRules(Map<String, Object> testCase) {
        Set<String> rules = new java.util.HashSet<>();
        if (value(testCase, "期望", "expect") instanceof List<?> awards) {
            for (Object award : awards) {
                if (award instanceof Map<?, ?>) {
                    rules.add(String.valueOf(text(map(award), "规则", "rule", "")).strip());
                }
            }
        }
        return rules;
    }

    private static Set<String> expectedKinds(Map<String, Object> testCase) {
        Object listed = value(testCase, "期望", "expect");
        Set<String> rulesWithKind = new java.util.HashSet<>();
        if (listed instanceof List<?> awards) {
            for (Object award : awards) {
                if (award instanceof Map<?, ?> && kind(map(award)) != null) {
                    rulesWithKind.add(text(map(award), "规则", "rule", ""));
                }
            }
        }
        return rulesWithKind;
    }

    private static List<String> describe(List<FiredAward> fired, Set<String> rulesWithKind) {
        return fired.stream().map(award -> label(award.rule(), award.points(),
                rulesWithKind.contains(award.rule()) ? award.kind().name() : null)).toList();
    }

    private static String label(String rule, int points, @Nullable String kind) {
        return "「" + rule + "」" + (Kind.VETO.name().equals(kind) ? "一票否决"
                : points + " 分" + (Kind.BONUS.name().equals(kind) ? "（附加分）" : ""));
    }

    private static @Nullable String kind(Map<String, Object> fields) {
        String kind = text(fields, "类型", "kind", null);
        if (kind == null) {
            return null;
        }
        return switch (kind.strip()) {
            case "BASE", "基础分" -> Kind.BASE.name();
            case "BONUS", "附加分" -> Kind.BONUS.name();
            case "VETO", "一票否决" -> Kind.VETO.name();
            default -> throw new IllegalArgumentException("类型只能是 基础分、附加分 或 一票否决，现在是 " + kind);
        };
    }

    private static @Nullable Object value(Map<String, Object> map, String chinese, String english) {
        return map.containsKey(chinese) ? map.get(chinese) : map.get(english);
    }

    private static @Nullable String text(Map<String, Object> map, String chinese, String english,
            @Nullable String otherwise) {
        Object value = value(map, chinese, english);
        return value == null ? otherwise : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("「" + value + "」应是「键: 值」的形式");
        }
        Map<String, Object> map = new HashMap<>();
        ((Map<Object, Object>) value).forEach((key, v) -> map.put(String.valueOf(key), v));
        return map;
    }

    private static List<String> strings(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("「" + value + "」应是一个列表，例如 [党员户]");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static Map<String, Integer> integers(Map<String, Object> map) {
        Map<String, Integer> integers = new TreeMap<>();
        map.forEach((key, value) -> integers.put(key, integer(value)));
        return integers;
    }

    private static int integer(@Nullable Object value) {
        if (value == null) {
            return 0;
        }
        WholeNumber number = WholeNumber.read(value.toString(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (number.value() == null) {
            throw new IllegalArgumentException("「" + value + "」"
                    + (number.outOfRange() != null ? number.outOfRange() : "应是整数"));
        }
        return number.value().intValue();
    }

    private static int lineOf(String text, String name) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(name) && (lines[i].contains("用例") || lines[i].contains("name"))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
