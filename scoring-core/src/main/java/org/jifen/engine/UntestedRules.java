package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an upload's tests leave out (tryout clerk 4, A3), said in one line each: a plan without any test, and 一票否决
 * rules no test names. A veto zeroes a household's month, so a veto written in the wrong row is the costliest mistake
 * a test would have caught. Warnings: a plan may be tested by simulating its months instead. Said by the upload
 * whether the plan was checked in the service or in a check process of its own.
 */
public final class UntestedRules {

    private static final int NAMES_SHOWN = 5;

    private UntestedRules() {
    }

    public static List<PlanProblem> of(List<PlanFile> files, CompiledPlan plan) {
        List<Map<String, Object>> cases = new ArrayList<>(PlanTests.cases(files.stream()
                .filter(file -> PlanTests.isTestFile(file.name())).toList()));
        cases.addAll(SheetTests.rows(files));
        String first = plan.rules().values().stream().map(RuleInfo::file).findFirst().orElse(files.get(0).name());
        boolean workbook = files.stream().anyMatch(file -> RuleSource.isSpreadsheet(file.name())
                && !file.name().toLowerCase(Locale.ROOT).endsWith(".csv"));
        if (cases.isEmpty()) {
            return List.of(new PlanProblem(first, 0, null, "本方案没有规则测试：测试能在上传时发现分值写错了列、写错了行；"
                    + (workbook ? "建议在「测试」表里为每条规则至少写一行（写法见填写说明）"
                            : "建议随方案上传一个测试文件「" + base(first) + ".test.yaml」，为每条规则至少写一个用例（写法见规则说明"
                                    + "第 4 节）" + (first.toLowerCase(Locale.ROOT).endsWith(".csv") ? "；也可以上传和「测试」表同样"
                                    + "几列的「" + base(first) + ".test.csv」" : ""))));
        }
        Set<String> named = new HashSet<>();
        cases.forEach(testCase -> named.addAll(PlanTests.expectedRules(testCase)));
        ExpandedRules expanded = ExpandedRules.of(files);
        List<String> untested = plan.rules().values().stream().filter(rule -> !named.contains(rule.name()))
                .filter(rule -> String.valueOf(expanded.drl(rule.file(), rule.source())).contains("awards.veto("))
                .map(RuleInfo::name).toList();
        if (untested.isEmpty()) {
            return List.of();
        }
        List<String> shown = untested.stream().limit(NAMES_SHOWN).map(name -> "「" + name + "」").toList();
        return List.of(new PlanProblem(first, 0, null, "一票否决的规则" + String.join("、", shown)
                + (untested.size() > NAMES_SHOWN ? "等 " + untested.size() + " 条" : "") + "没有测试：一票否决会让这一户当月计 0 分，"
                + advice(files, workbook, untested.get(0))));
    }

    /** Where this plan's tests are written, and how a test names a veto there (attack tryout 14: not always a sheet). */
    private static String advice(List<PlanFile> files, boolean workbook, String veto) {
        if (workbook || files.stream().anyMatch(file -> SheetTests.isTestTable(file.name()))) {
            return "建议在" + (workbook ? "「测试」表" : "测试表（.test.csv）") + "里各写一行，例如期望得分写「" + veto + " 否决」";
        }
        return "建议在测试文件（.test.yaml）里各写一个用例，例如期望写「{规则: " + veto + ", 类型: 一票否决}」";
    }

    /** The file's name without its kind: 杨家庄村.drl.csv is 杨家庄村. */
    private static String base(String name) {
        return name.replaceFirst("(?i)(\\.drl)?\\.(csv|drl|dslr|xlsx|xls)$", "");
    }
}
