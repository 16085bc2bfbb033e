package org.jifen.pilots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.engine.RuleInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped plans as a whole: they compile, they keep to the rule author's contract, each village has its own. */
@DisplayName("试点村方案和镇级模板")
class PilotPlansTest {

    private static final Set<String> PILOTS = Set.of("yangjiazhuang", "xuzhong", "beixin");
    private static final Set<String> CATEGORIES = Set.of("村民议事", "平安建设", "文明新风", "人居环境");
    private static final Set<String> ALLOWED_IMPORTS =
            Set.of("org.jifen.rules.Event", "org.jifen.rules.Household", "org.jifen.rules.MonthSummary");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(function|declare|eval|from|new|insert|insertLogical|modify|update|retract|delete|System|Thread"
                    + "|Class|getClass|forName|dialect|query|window|entry-point|collect)\\b");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*\\.[A-Za-z]");
    private static final Pattern AWARD_CALL = Pattern.compile(
            "awards\\.(add|bonus)\\(([^;]+), \"([^\"]+)\"\\);|awards\\.veto\\(\"([^\"]+)\"\\);");
    private static final Pattern EVENT_PATTERN = Pattern.compile("\\bEvent\\s*\\(");
    private static final Pattern MONTH_PATTERN = Pattern.compile("\\bMonthSummary\\s*\\(");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\s*$");

    static Stream<PilotPlan> plans() {
        return PilotPlans.all().stream();
    }

    static Stream<PilotPlan> pilots() {
        return plans().filter(plan -> PILOTS.contains(plan.code()));
    }

    @Test
    @DisplayName("三个试点村和镇级模板都在，按编码可取")
    void theThreePilotsAndTheTemplate() {
        assertThat(PilotPlans.all()).extracting(PilotPlan::code, PilotPlan::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("yangjiazhuang", "杨家庄村"),
                org.assertj.core.groups.Tuple.tuple("xuzhong", "叙中村"),
                org.assertj.core.groups.Tuple.tuple("beixin", "北新村"),
                org.assertj.core.groups.Tuple.tuple("template", "镇级方案模板"));
        assertThat(PilotPlans.of("xuzhong").files()).extracting(PlanFile::name)
                .containsExactly("村民议事与平安建设.drl.csv", "村民议事.drl",
                        "文明新风与人居环境.drl.csv", "文明新风与人居环境.drl");
        assertThatThrownBy(() -> PilotPlans.of("huaxin")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("方案能编译：试点村至少30条规则，模板是更小的起点")
    void compiles(PilotPlan plan) {
        CompiledPlan compiled = new PlanCompiler(1000).compileUpload(plan.files());

        if (PILOTS.contains(plan.code())) {
            assertThat(compiled.rules()).hasSizeBetween(30, 50);
            assertThat(plan.files()).hasSizeBetween(2, 4);
        } else {
            assertThat(compiled.rules()).hasSizeBetween(8, 20);
        }
        assertThat(compiled.rules().keySet()).allMatch(name -> name.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "规则名用中文");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("每个文件开头注明村名、类别和\"月度基础分满分100分、附加分另计\"")
    void everyFileStartsWithItsHeader(PilotPlan plan) {
        String village = plan.code().equals("template") ? "华新镇" : plan.name();
        for (PlanFile file : plan.files()) {
            // a spreadsheet says it in its Notes row, a rule file in its leading comments
            List<String> header = isSheet(file) ? file.text().lines().filter(line -> line.startsWith("Notes,")).toList()
                    : file.text().lines().takeWhile(line -> line.startsWith("//")).toList();
            assertThat(header).as(file.name()).isNotEmpty();
            String text = String.join("\n", header);
            assertThat(text).as(file.name()).contains(village).contains("月度基础分满分100分、附加分另计");
            String category = file.name().replace(".drl.csv", "").replace(".drl", "");
            if (!plan.code().equals("template")) {
                for (String part : category.split("与")) {
                    assertThat(text).as(file.name()).contains(part);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("只用规则契约允许的写法：三类事实、一个 awards 全局变量、只记分")
    void keepsToTheRuleContract(PilotPlan plan) {
        for (PlanFile file : plan.files()) {
            if (isSheet(file)) {
                keepsToTheRuleContract(file);
                continue;
            }
            String code = withoutCommentsAndStrings(file.text());
            List<String> imports = file.text().lines().filter(line -> line.startsWith("import "))
                    .map(line -> line.substring("import ".length()).replace(";", "").strip()).toList();
            assertThat(imports).as(file.name()).isSubsetOf(ALLOWED_IMPORTS);
            assertThat(file.text().lines().filter(line -> line.strip().startsWith("global ")))
                    .as(file.name()).containsExactly("global org.jifen.rules.Awards awards;");
            String body = code.lines().filter(line -> !line.startsWith("import ") && !line.startsWith("global ")
                    && !line.startsWith("package ")).collect(Collectors.joining("\n"));
            assertThat(FORBIDDEN.matcher(body).results().map(MatchResult::group).toList()).as(file.name()).isEmpty();
            assertThat(QUALIFIED_NAME.matcher(body).results().map(MatchResult::group).toList()).as(file.name()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("每条规则要么针对事件、要么针对月末汇总；结果只调用 awards，类别是四类之一")
    void everyRuleIsAnEventRuleOrAMonthEndRuleAndOnlyAwards(PilotPlan plan) {
        CompiledPlan compiled = new PlanCompiler(1000).compileUpload(plan.files());
        for (RuleInfo rule : compiled.rules().values()) {
            String source = rule.source();
            boolean onEvent = EVENT_PATTERN.matcher(source).find();
            boolean onMonth = MONTH_PATTERN.matcher(source).find();
            assertThat(onEvent ^ onMonth).as("规则「%s」只能针对 Event 或 MonthSummary 之一", rule.name()).isTrue();

            Matcher then = THEN.matcher(source);
            int from = -1;
            while (then.find()) {
                from = then.end();
            }
            String consequence = source.substring(from, source.lastIndexOf("end")).strip();
            assertThat(consequence.lines().map(String::strip).filter(line -> !line.isEmpty()))
                    .as("规则「%s」的结果", rule.name())
                    .isNotEmpty()
                    .allSatisfy(line -> {
                        Matcher call = AWARD_CALL.matcher(line);
                        assertThat(call.matches()).as(line).isTrue();
                        String category = call.group(3) != null ? call.group(3) : call.group(4);
                        assertThat(category).isIn(CATEGORIES);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    @DisplayName("每个方案都有封顶扣分、按季度封顶、一票否决、附加分、农户标签、事件属性和月末评定")
    void everyPlanUsesTheWholeContract(PilotPlan plan) {
        CompiledPlan compiled = new PlanCompiler(1000).compileUpload(plan.files());
        List<String> sources = compiled.rules().values().stream().map(RuleInfo::source).toList();

        assertThat(compiled.rules().values()).anyMatch(rule -> rule.cap() != null && rule.source().contains("-5 *"));
        assertThat(compiled.rules().values()).anyMatch(rule -> rule.cap() != null
                && rule.capWindow() == org.jifen.engine.CapWindow.QUARTER);
        assertThat(sources).anyMatch(s -> s.contains("awards.veto("));
        assertThat(sources).anyMatch(s -> s.contains("awards.bonus("));
        assertThat(sources).anyMatch(s -> s.contains("Household(") && s.contains("hasTag("));
        assertThat(sources).anyMatch(s -> s.contains("attr(") || s.contains("flag(") || s.contains("intAttr("));
        assertThat(sources).anyMatch(s -> s.contains("MonthSummary(") && (s.contains("count(") || s.contains("sum(")));
    }

    @Test
    @DisplayName("一村一方案：三个试点村的积分项目和分值各不相同")
    void oneVillageOnePlan() {
        Map<String, Map<String, String>> rulesByPlan = pilots().collect(Collectors.toMap(PilotPlan::code,
                plan -> new PlanCompiler(1000).compile(plan.files()).rules().values().stream()
                        .collect(Collectors.toMap(RuleInfo::name, RuleInfo::source))));
        List<String> codes = List.copyOf(rulesByPlan.keySet());
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                Map<String, String> one = rulesByPlan.get(codes.get(i));
                Map<String, String> other = rulesByPlan.get(codes.get(j));
                long identical = one.entrySet().stream()
                        .filter(rule -> rule.getValue().equals(other.get(rule.getKey()))).count();
                assertThat(identical).as("%s 与 %s 完全相同的规则", codes.get(i), codes.get(j))
                        .isLessThan(Math.min(one.size(), other.size()) / 3);
            }
        }
    }

    /** A spreadsheet plan: its Import and Variables rows, and no forbidden word in its code or items. */
    private static void keepsToTheRuleContract(PlanFile sheet) {
        List<String> lines = sheet.text().lines().toList();
        String imports = lines.stream().filter(line -> line.startsWith("Import,")).findFirst().orElse("");
        assertThat(List.of(imports.replaceAll("^Import,\"?([^\"]*)\"?,*$", "$1").split("\\s*,\\s*")))
                .as(sheet.name()).isSubsetOf(ALLOWED_IMPORTS);
        assertThat(lines).as(sheet.name()).anyMatch(line -> line.matches("Variables,org\\.jifen\\.rules\\.Awards awards,*"));
        String body = withoutCommentsAndStrings(lines.stream().filter(line -> !line.startsWith("Import,")
                && !line.startsWith("Variables,") && !line.startsWith("RuleSet,") && !line.startsWith("Notes,"))
                .collect(Collectors.joining("\n")).replace("\"\"", "'"));
        assertThat(FORBIDDEN.matcher(body).results().map(MatchResult::group).toList()).as(sheet.name()).isEmpty();
        assertThat(QUALIFIED_NAME.matcher(body).results().map(MatchResult::group).toList()).as(sheet.name()).isEmpty();
    }

    private static boolean isSheet(PlanFile file) {
        return file.name().endsWith(".drl.csv");
    }

    /** The code of a rule file with its comments and string literals blanked out. */
    private static String withoutCommentsAndStrings(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("//[^\n]*", "");
    }
}
