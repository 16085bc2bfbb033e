package org.jifen.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        if (cases.isEmpty()) {
            return List.of(new PlanProblem(first, 0, null, "本方案没有规则测试：测试能在上传时发现分值写错了列、写错了行；"
                    + "建议在「测试」表里为每条规则至少写一行（写法见填写说明）"));
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
                + "建议在「测试」表里各写一行，例如期望得分写「" + untested.get(0) + " 否决」"));
    }
}
