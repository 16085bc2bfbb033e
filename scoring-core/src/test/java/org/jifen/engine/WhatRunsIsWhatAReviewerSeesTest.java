package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.attackers;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attack tryout 12 (ADR 0237): a live veto pushed right of a comment's close is refused at its line, and so is a line
 * wider than a screen; honest files with aligned comments stay accepted. En-US Excel's red-parentheses numbers are read
 * where they show the value, a negative without its minus is refused; a 0.0 format, a huge font in a low row and
 * shrink-to-fit are said as what they are, and shrink-to-fit in a wide enough column is accepted.
 */
class WhatRunsIsWhatAReviewerSeesTest {

    private static final String RULE = HostileCorpus.HEADER + """
            rule "参加村民大会"
            when
                $e : Event( type == "参加村民大会" )
            then
                awards.add(3 * $e.getQuantity(), "村民议事");
            %s
            end
            """;

    @Test
    void theAttackersFakeCommentIsRefusedAtTheLineThatPushesTheCloseAway() throws IOException {
        PlanFile plan;
        try (InputStream in = getClass().getResourceAsStream("attack12/c1_fake_comment.drl")) {
            plan = new PlanFile("c1_fake_comment.drl", in.readAllBytes());
        }

        assertThat(refused(plan)).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(14);
            assertThat(problem.message()).contains("一长串空格或制表符", "推到屏幕外面", "请删掉多余的空格");
        });
    }

    static List<String> pushedOutOfSight() {
        return List.of(
                "    /* 已停用" + " ".repeat(100) + "*/ awards.veto(\"平安建设\");",
                "    // 已停用\t\t\t\t\t\t*/ awards.veto(\"平安建设\");",
                "    /* 已停用" + "\u2800".repeat(40) + "*/ awards.veto(\"平安建设\");",
                "    /* 已停用" + "\u3000".repeat(20) + "*/ awards.veto(\"平安建设\");",
                "    awards.add(1, \"村民议事" + " ".repeat(30) + "\"); awards.veto(\"平安建设\");");
    }

    @ParameterizedTest
    @MethodSource("pushedOutOfSight")
    void blanksThatPushCodeOutOfSightAreRefusedWhereverTheyStand(String line) {
        assertThat(refused(PlanFile.of("村规.drl", RULE.formatted(line)))).anySatisfy(problem ->
                assertThat(problem.message()).contains("一长串空格或制表符"));
    }

    @Test
    void aCommentedLineWiderThanAScreenIsRefusedCountingAChineseCharacterAsTwo() {
        String line = "    /* " + "本条规则已于二〇二六年十一月村民代表会议决定停用".repeat(3) + " */ awards.veto(\"平安建设\");";

        assertThat(ScreenLines.width(line)).isGreaterThan(ScreenLines.WIDEST);
        assertThat(refused(PlanFile.of("村规.drl", RULE.formatted(line)))).anySatisfy(problem ->
                assertThat(problem.message()).contains("这一行有注释，又太长", "一个汉字算 2 格", "请把注释分成几行"));
    }

    @Test
    void codeAfterTheCloseOfACommentOnALineThatReadsAsCommentIsRefused() {
        String disguised = "    /* 已停用的规则：\n    // 不再一票否决 */ awards.veto(\"平安建设\");";
        String honest = "    /* 已停用的规则：\n       不再一票否决 */\n    // awards.veto(\"平安建设\");";

        assertThat(refused(PlanFile.of("村规.drl", RULE.formatted(disguised)))).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.message()).contains("这一行看起来是注释，后面的「awards.veto(\"平安建设\");」却会执行");
        });
        assertThat(ScreenLines.of("村规.drl", RULE.formatted(honest))).isEmpty();
    }

    @Test
    void aSpreadsheetTextCellPaddedToHideItsRestIsRefused() {
        String csv = """
                RuleSet,villages.hostile
                Import,"org.jifen.rules.Event"
                Variables,org.jifen.rules.Awards awards
                RuleTable 积分项目
                NAME,CONDITION,ACTION
                ,$e : Event,
                ,"type == ""$param\""","awards.add($param, ""村民议事"");%s awards.veto(""平安建设"");"
                规则名称,事件类型,村民议事
                参加村民大会,参加村民大会,3
                """.formatted(" ".repeat(60));

        assertThat(refused(PlanFile.of("村规.drl.csv", csv))).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).contains("一长串空格或制表符");
        });
    }

    @Test
    void honestFilesWithAlignedCommentsAndTrailingBlanksAreAccepted() {
        String aligned = "    awards.add(1, \"村民议事\");            // 每次加 1 分（村民代表会议 2026 年决定）" + " ".repeat(40);

        assertThat(ScreenLines.of("村规.drl", RULE.formatted(aligned))).isEmpty();
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("村规.drl", RULE.formatted(aligned))))
                .rules()).isNotEmpty();
    }

    @Test
    void enUsRedParenthesesAreReadOnPositivesAndANegativeWithoutItsMinusIsRefused() throws IOException {
        List<PlanProblem> problems = refused(attackers("attack12", "h3b_fmt_enUS_paren_numbers_only"));

        // once (attack tryout 14: the cell was said twice, in two wordings)
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("I14");
            assertThat(problem.message()).contains("显示的是「(5)」", "没有负号", "看不出是扣分", "「-1234」");
        });
        assertThat(refused(attackers("attack12", "h3_fmt_enUS_paren"))).extracting(PlanProblem::cell)
                .containsOnly("I14");
    }

    @Test
    void theAttackersHonestFormattingIsAccepted() throws IOException {
        for (String name : List.of("h2_fmt_text", "h4_fmt_thousands_red", "h5_shrink_wide_col", "h6_indent1",
                "h7_wrap_row12", "h8_t3fmt_incl_header", "x0_control")) {
            PlanFile plan = attackers("attack12", name);

            assertThat(HiddenSheetContent.of(plan)).as(name).isEmpty();
            assertThat(new PlanCompiler(1000).compileUpload(List.of(plan)).rules()).as(name).isNotEmpty();
        }
    }

    @Test
    void aWholeNumberFormattedWithADecimalIsSaidToBeTheFormat() throws IOException {
        assertThat(refused(attackers("attack12", "h1_fmt_0_0"))).anySatisfy(problem -> {
            assertThat(problem.cell()).isEqualTo("F11");
            assertThat(problem.message()).contains("显示的是「3.0」", "数字格式把整数显示成了「3.0」（带小数）", "减少小数位数")
                    .doesNotContain("写的是「3.0」");
        });
    }

    @Test
    void aRowTooLowForItsFontIsToldTheHeightItNeeds() throws IOException {
        assertThat(refused(attackers("attack12", "x2_font200_row15"))).anySatisfy(problem ->
                assertThat(problem.message()).contains("只有 15 磅高（至少要 150 磅）", "「行高」设为 150")
                        .doesNotContain("设为 15，"));
    }

    @Test
    void aCellsLineBreaksAreQuotedOnOneLine() throws ReflectiveOperationException {
        assertThat(refused(new PlanFile("换行.drl.xlsx", RefusedWorkbooks.corpus("LINE_BREAKS_BEFORE_THE_VETO").get())))
                .anySatisfy(problem -> assertThat(problem.message()).contains("「⏎⏎⏎村民议事」").doesNotContain("\n"));
    }

    @Test
    void aWholeWorkbookSettingNamesNoLine() throws ReflectiveOperationException {
        for (String variant : List.of("SHEET_TABS_HIDDEN", "DECOY_SHEET_OPENED_FIRST")) {
            assertThat(refused(new PlanFile("设置.drl.xlsx", RefusedWorkbooks.corpus(variant).get())))
                    .filteredOn(problem -> problem.message().startsWith("表格"))
                    .isNotEmpty().allSatisfy(problem -> assertThat(problem.line()).isZero());
        }
    }

    @Test
    void shrinkToFitIsReadWhereTheColumnHoldsTheTextAndRefusedWhereItDoesNot() throws ReflectiveOperationException {
        assertThat(refused(new PlanFile("缩小填充.drl.xlsx", RefusedWorkbooks.corpus("SHRUNK_TO_FIT").get())))
                .anySatisfy(problem -> assertThat(problem.message()).contains("这一列放不下它的字"));
        PlanFile wide = new PlanFile("缩小填充.drl.xlsx", RefusedWorkbooks.corpus("SHRUNK_TO_FIT_IN_A_WIDE_COLUMN").get());

        assertThat(HiddenSheetContent.of(wide)).isEmpty();
    }
}
