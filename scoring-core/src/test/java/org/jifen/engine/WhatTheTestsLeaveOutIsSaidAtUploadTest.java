package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tryout clerk 4, A3: a workbook without any test, or with tests that leave a 一票否决 rule out, was accepted without
 * a word. Each is now one warning line at upload; a plan whose tests name its veto gets neither.
 */
class WhatTheTestsLeaveOutIsSaidAtUploadTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);
    private static final String PLAN = "积分表.drl.csv";
    private static final String TESTS = "积分表.test.csv";
    private static final String SHEET = resource("clerk-items.csv") + "参加村民大会,,参加村民大会,,,2,,,,,\n"
            + "违法搭建,,违法搭建,,,,,,,,平安建设\n参与赌博,,参与赌博,,,,,,,,平安建设\n";
    private static final String HEADER = "用例,事件类型,数量,户标签,属性,期望得分\n";

    @Test
    void aPlanWithoutAnyTestIsToldSoInOneLine() {
        List<PlanFile> files = List.of(PlanFile.of(PLAN, SHEET));

        assertThat(UntestedRules.of(files, COMPILER.compileUpload(files))).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.file()).isEqualTo(PLAN);
                    assertThat(warning.message()).startsWith("本方案没有规则测试");
                });
    }

    /** Attack tryout 14: the advice fits the plan's files; a plan with no workbook has no 「测试」 sheet to write in. */
    @Test
    void aPlanWithoutAnyTestIsToldWhereItsTestsAreWritten() {
        List<PlanFile> csv = List.of(PlanFile.of(PLAN, SHEET));
        List<PlanFile> drl = List.of(PlanFile.of("村规.drl", HostileCorpus.rule("Event( type == \"违法搭建\" )",
                "awards.veto(\"平安建设\");")));

        assertThat(UntestedRules.of(csv, COMPILER.compileUpload(csv))).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("「积分表.test.yaml」", "「积分表.test.csv」")
                        .doesNotContain("「测试」表里"));
        assertThat(UntestedRules.of(drl, COMPILER.compileUpload(drl))).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("「村规.test.yaml」")
                        .doesNotContain("「测试」表里", ".test.csv"));
    }

    @Test
    void aVetoNoYamlTestNamesIsToldHowAYamlTestNamesIt() {
        List<PlanFile> files = List.of(PlanFile.of(PLAN, SHEET), PlanFile.of("积分表.test.yaml", """
                - 用例: 开会一次
                  事件类型: 参加村民大会
                  期望:
                    - {规则: 参加村民大会, 分数: 2}
                """));

        assertThat(UntestedRules.of(files, COMPILER.compileUpload(files))).singleElement()
                .satisfies(warning -> assertThat(warning.message()).startsWith("一票否决的规则")
                        .contains("「违法搭建」", "「参与赌博」", "没有测试", "测试文件（.test.yaml）", ", 类型: 一票否决}」")
                        .doesNotContain("「测试」表"));
    }

    @Test
    void aVetoNoTestNamesIsToldByName() {
        List<PlanFile> files = List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                开会一次,参加村民大会,,,,参加村民大会 2
                违章搭建一次,违法搭建,,,,违法搭建 否决
                """));

        assertThat(UntestedRules.of(files, COMPILER.compileUpload(files))).singleElement()
                .satisfies(warning -> assertThat(warning.message()).startsWith("一票否决的规则「参与赌博」没有测试")
                        .contains("「参与赌博 否决」").doesNotContain("违法搭建"));
    }

    @Test
    void aPlanWhoseTestsNameEveryVetoIsNotWarnedAboutItsTests() {
        List<PlanFile> files = List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                开会一次,参加村民大会,,,,参加村民大会 2
                违章搭建一次,违法搭建,,,,违法搭建 否决
                赌博一次,参与赌博,,,,参与赌博 否决
                """));

        assertThat(UntestedRules.of(files, COMPILER.compileUpload(files))).isEmpty();
    }

    private static String resource(String name) {
        try (InputStream in = WhatTheTestsLeaveOutIsSaidAtUploadTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
