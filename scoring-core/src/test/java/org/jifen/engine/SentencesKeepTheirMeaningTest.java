package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standard sentences mean the same in every village (ADR 0214; attack tryout 7, M3): a village's own .dsl may
 * not give 「家庭户带有标签」 the meaning 「没有标签」, nor 「一票否决」 the meaning 「加 0 分」; and whoever reads a rule in
 * sentences is told what it runs.
 */
class SentencesKeepTheirMeaningTest {

    /** The tryout's s4.dsl: the guide's sentences, each with another meaning. */
    static final String OPPOSITE_MEANINGS = """
            # 本村句式
            [when]当 事件类型为 "{t}" 时=$e : Event( type == "{t}" )
            [when]家庭户带有标签 "{g}"=Household( !hasTag("{g}") )
            [then]按数量每次扣 {n} 分 计入 "{c}"=awards.bonus({n} * $e.getQuantity(), "{c}");
            [then]一票否决 计入 "{c}"=awards.add(0, "{c}");
            """;

    static final String RULES_READING_LIKE_THE_GUIDE = HostileCorpus.HEADER + """

            rule "宅前屋后乱堆物"
            when
                当 事件类型为 "宅前屋后乱堆物" 时
                家庭户带有标签 "党员户"
            then
                按数量每次扣 5 分 计入 "人居环境"
            end

            rule "违法搭建"
            when
                当 事件类型为 "违法搭建" 时
            then
                一票否决 计入 "平安建设"
            end
            """;

    @Test
    void aVillagesOwnSentenceWrittenLikeAStandardOneWithAnotherMeaningIsRefusedAtItsLine() {
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(
                PlanFile.of("本村句式.dsl", OPPOSITE_MEANINGS), PlanFile.of("方案.dslr", RULES_READING_LIKE_THE_GUIDE))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(PlanProblem::file, PlanProblem::line)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 3),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 4),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 5)))
                .satisfies(rejected -> assertThat(((PlanRejected) rejected).problems().get(0).message())
                        .contains("家庭户带有标签 \"{g}\"", "标准句式", "意思却不一样"));
    }

    @Test
    void spacesAndPlaceholderNamesDoNotMakeAnotherSentence() {
        String respaced = "[when]家庭户带有标签\"{标签}\"=Household( !hasTag(\"{标签}\") )\n";

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl",
                "[when]当 事件类型为 \"{t}\" 时=$e : Event( type == \"{t}\" )\n" + respaced
                        + "[then]加 {n} 分 计入 \"{c}\"=awards.add({n}, \"{c}\");\n"),
                PlanFile.of("方案.dslr", HostileCorpus.HEADER + """
                        rule "党员户参会"
                        when
                            当 事件类型为 "参加村民大会" 时
                            家庭户带有标签 "党员户"
                        then
                            加 1 分 计入 "村民议事"
                        end
                        """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .filteredOn(problem -> problem.file().equals("本村句式.dsl"))
                        .singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(2)));
    }

    /** Attack tryout 8, N2: a Chinese comma or 「」 for the quotes does not make another sentence either. */
    @Test
    void punctuationDoesNotMakeAnotherSentence() {
        String repunctuated = """
                [when]当 事件类型为 "{t}" 时=$e : Event( type == "{t}" )
                [when]家庭户带有标签「{g}」=Household( !hasTag("{g}") )
                [then]按数量每次扣 {n} 分，计入 "{c}"=awards.bonus({n} * $e.getQuantity(), "{c}");
                [then]一票否决，计入「{c}」=awards.add(0, "{c}");
                """;
        String rules = RULES_READING_LIKE_THE_GUIDE.replace("家庭户带有标签 \"党员户\"", "家庭户带有标签「党员户」")
                .replace("按数量每次扣 5 分 计入", "按数量每次扣 5 分，计入").replace("一票否决 计入 \"平安建设\"", "一票否决，计入「平安建设」");

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(
                PlanFile.of("本村句式.dsl", repunctuated), PlanFile.of("方案.dslr", rules))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(PlanProblem::file, PlanProblem::line)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 2),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 3),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 4)));
    }

    /**
     * Attack tryouts 9 (F5) and 10 (NEW-2), ADRs 0203 and 0223: a sentence that deducts and reads as the standard
     * 「加 {n} 分 计入」 (記/計 look alike, 记 and 份 sound alike), or is two or three characters from it, is refused at
     * its .dsl line, naming both sentences and the characters that differ.
     */
    @Test
    void aSentenceThatReadsOrSoundsLikeAStandardOneWithAnotherMeaningIsRefused() {
        assertThat(refusalOf("[then]加 {n} 分 計入 \"{c}\"=awards.add(-{n}, \"{c}\");"))
                .startsWith("本村句式「加 {n} 分 計入 \"{c}\"」和积分方案标准句式「加 {n} 分 计入 \"{category}\"」")
                .contains("读起来一样（只差读音或字形相同的字：「計」和「计」），意思却不一样");
        assertThat(refusalOf("[then]加 {n} 份 記入 \"{c}\"=awards.add(-{n}, \"{c}\");"))
                .contains("和积分方案标准句式「加 {n} 分 计入 \"{category}\"」读起来一样", "「份」和「分」、「記」和「计」");
        assertThat(refusalOf("[then]家 {n} 份 记入「{c}」=awards.add(-{n}, \"{c}\");"))
                .contains("读起来一样", "「家」和「加」、「份」和「分」、「记」和「计」");
        assertThat(refusalOf("[then]加５份 記入 \"{c}\"=awards.add(-5, \"{c}\");"))
                .contains("标准句式「加 {n} 分 计入 \"{category}\"」只差 3 个字（「５」和「{n}」、「份」和「分」、「記」和「计」）");
        assertThat(refusalOf("[when]当 事件类型为 \"{type}\" 且数量多于 {n} 时=$e : Event( type == \"{type}\", quantity > {n} )"))
                .contains("标准句式「当 事件类型为 \"{type}\" 且数量不少于 {n} 时」只差 2 个字（");
        assertThat(refusalOf("[then]奖励 {n} 分 计入 \"{c}\"=awards.add({n} * $e.getQuantity(), \"{c}\");"))
                .as("reads as 「加 {n} 分」, gives n for each of the quantity")
                .contains("只差 2 个字", "意思却不一样");
    }

    /**
     * Attack tryout 10, NEW-2 (ADR 0223): whatever standard sentence it is near, a sentence that says add and deducts,
     * says deduct and adds, says veto and does not veto, is refused; so is a placeholder its DRL leaves out.
     */
    @Test
    void aSentenceMustSayWhatItScores() {
        assertThat(refusalOf("[then]添 {n} 分 记入 \"{c}\"=awards.add(-{n}, \"{c}\");"))
                .startsWith("本村句式「添 {n} 分 记入 \"{c}\"」读起来是加分，「=」后面的规则写法实际上却是扣分");
        assertThat(refusalOf("[then]奖励村民 {n} 分，存进 \"{c}\" 账上=awards.add(-{n}, \"{c}\");"))
                .contains("读起来是加分", "实际上却是扣分");
        assertThat(refusalOf("[then]奖励村民 {n} 分，存进 \"{c}\" 账上=awards.add({n} - 10, \"{c}\");"))
                .contains("算出的分可能是负数");
        assertThat(refusalOf("[then]罚款折合 {n} 分，存进 \"{c}\" 账上=awards.add({n}, \"{c}\");"))
                .contains("读起来是扣分", "实际上却是加分");
        assertThat(refusalOf("[then]记一次 \"{c}\" 的表现=awards.veto(\"{c}\");")).contains("实际上却是一票否决");
        assertThat(refusalOf("[then]本户本月否决 \"{c}\"=awards.add(0, \"{c}\");")).contains("读起来是一票否决");
        assertThat(refusalOf("[then]加 {n} 分 计入 \"{c}\"=awards.add({n}, \"平安建设\");"))
                .contains("的占位 {c} 在「=」后面的规则写法里没有用到");
    }

    /**
     * Attack tryout 11, N7 (ADR 0233): a condition sentence whose DRL negates says a negation; one that says it, or
     * negates nothing, stands.
     */
    @Test
    void aConditionSentenceThatNegatesMustSaySo() {
        assertThat(refusalOf("[when]是党员户=not Household( hasTag(\"党员户\") )"))
                .startsWith("本村句式「是党员户」读起来是肯定的（是、有），「=」后面的规则写法实际上却是否定的");
        assertThat(refusalOf("[when]本户在 \"{g}\"=Household( group != \"{g}\" )")).contains("实际上却是否定的");
        assertThat(refusalOf("[when]登记了 \"{f}\"=flag(\"{f}\") == false")).contains("实际上却是否定的");
        for (String stands : List.of("[when]不是党员户=not Household( hasTag(\"党员户\") )",
                "[when]本户不在 \"{g}\"=Household( group != \"{g}\" )", "[when]非低保户=Household( !hasTag(\"低保户\") )",
                "[when]事件是 \"{t}\"=$e : Event( type == \"{t}\" )",
                "[when]事件名是 \"{t}\"=$e : Event( type == \"{t}\", attr(\"备注\") == \"not!\" )")) {
            assertThat(refusalOf(stands)).as(stands).isNull();
        }
    }

    /**
     * Attack tryout 12, NEW-A (ADR 0235): a count compared with none negates too, and a word that holds 不, 无, 非 or
     * 未 without negating (不论, 无论, 非常, 未满) or a negation in parentheses does not say it.
     */
    @Test
    void aCountOfNoneIsANegationAndOnlyANegationAsAWordSaysIt() {
        assertThat(refusalOf("[when]本月开过 \"{t}\"=MonthSummary( count(\"{t}\") == 0 )"))
                .contains("实际上却是否定的（次数等于 0 表示「没有」）");
        assertThat(refusalOf("[when]本月参加过 \"{t}\"=MonthSummary( $n : count(\"{t}\") < 1 )")).contains("实际上却是否定的");
        assertThat(refusalOf("[when]是党员户（不是也算）=not Household( hasTag(\"党员户\") )")).contains("写在括号里的也不算");
        assertThat(refusalOf("[when]不论别的，只要是党员户=not Household( hasTag(\"党员户\") )")).contains("「无论」「不论」");
        for (String stands : List.of("[when]本月 \"{t}\" 次数为 0=MonthSummary( count(\"{t}\") == 0 )",
                "[when]本月没参加 \"{t}\"=MonthSummary( count(\"{t}\") == 0 )",
                "[when]本月 \"{t}\" 不少于 {n} 次=MonthSummary( count(\"{t}\") >= {n} )",
                "[when]不到 {n} 岁=not Household( intAttr(\"年龄\") >= {n} )")) {
            assertThat(refusalOf(stands)).as(stands).isNull();
        }
    }

    /**
     * Attack tryout 14, B1 (ADR 0247): a condition that the words of a rule could show only as code, whatever it
     * means, is refused at its sentence and told how to write it; the same conditions written plainly are read, and
     * their negation must then be said.
     */
    @Test
    void aConditionTheWordsCannotSayIsRefusedAndItsPlainFormIsRead() {
        for (String unread : List.of("[when]本月有过 \"{t}\"=MonthSummary( 1 > count(\"{t}\") )",
                "[when]该户属于 \"{g}\"=Household( hasTag(\"{g}\") in (false) )",
                "[when]本月有过 \"{t}\"=MonthSummary( count(\"{t}\") in (0) )",
                "[when]该户属于 \"{g}\"=Household( hasTag(\"{g}\") == (1 > 2) )",
                "[when]本月有过 \"{t}\"=MonthSummary( 0 == count(\"{t}\") )",
                "[when]没有 \"{t}\"=MonthSummary( count(\"{t}\") * 1 < 1 )")) {
            assertThat(refusalOf(unread)).as(unread).contains("系统读不懂").contains("count(\"{t}\") == 0");
        }
        assertThat(refusalOf("[when]本月有过 \"{t}\"=MonthSummary( count(\"{t}\") <= 0 )")).contains("实际上却是否定的");
        assertThat(refusalOf("[when]该户属于 \"{g}\"=Household( hasTag(\"{g}\") != true )")).contains("实际上却是否定的");
        for (String stands : List.of("[when]该户不属于 \"{g}\"=Household( hasTag(\"{g}\") == false )",
                "[when]这个月一次也没有 \"{t}\"=MonthSummary( count(\"{t}\") <= 0 )",
                "[when]该户属于 \"{g}\"=Household( hasTag(\"{g}\") == true )",
                "[when]- 年龄不少于 {n}=intAttr(\"年龄\") >= {n}")) {
            assertThat(refusalOf(stands)).as(stands).isNull();
        }
    }

    /**
     * Attack tryout 11, N7: 「不扣」「不负」「不予否决」 do not say 扣, 负 or 否决, and a placeholder glued to digits makes
     * the sentence's number another one (「5 分」 scoring 50).
     */
    @Test
    void aNegatedWordDoesNotSayItsEffectAndAPlaceholderStandsAlone() {
        assertThat(refusalOf("[then]本户表现突出，奖励 {n} 分（不扣分） 记入 \"{c}\"=awards.add(-{n}, \"{c}\");"))
                .contains("实际上却是扣分");
        assertThat(refusalOf("[then]不负众望 加 {n} 分 计入 \"{c}\"=awards.add(-{n}, \"{c}\");")).contains("实际上却是扣分");
        assertThat(refusalOf("[then]经评议不予否决 计入 \"{c}\"=awards.veto(\"{c}\");")).contains("实际上却是一票否决");
        assertThat(refusalOf("[then]奖励 {n} 分（不否决）计入 \"{c}\"=awards.add({n}, \"{c}\"); awards.veto(\"{c}\");"))
                .contains("实际上却是一票否决");
        assertThat(refusalOf("[then]本户本次获得奖励积分 {n} 分，计入类别 \"{c}\"=awards.add({n}0, \"{c}\");"))
                .contains("占位和别的数字或字母连在一起（「{n}0」）");
        assertThat(refusalOf("[then]本次处罚扣减积分 {n} 分，计入 \"{c}\"=awards.add(-{n}00, \"{c}\");"))
                .contains("连在一起");
        assertThat(refusalOf("[then]加 {n} 分 记到 \"{c}\"=awards.add({n}{n}, \"{c}\");")).contains("连在一起");
        assertThat(refusalOf("[then]扣 {n} 分（不再加分） 计入 \"{c}\"=awards.add(-{n}, \"{c}\");")).isNull();
    }

    /**
     * Attack tryout 14, B3 (ADR 0248): 否决 vetoes only as the verb of its clause, governing the household's month; in
     * 「不怕否决」「敢于否决」 another verb governs it. 「否决该户当月积分」 says what it vetoes (F1).
     */
    @Test
    void aVetoWordVetoesOnlyAsTheVerbOfItsClause() {
        assertThat(refusalOf("[then]好人好事示范户，不怕否决 计入 \"{c}\"=awards.veto(\"{c}\");"))
                .contains("实际上却是一票否决", "写在句首或逗号后面");
        assertThat(refusalOf("[then]记为敢于否决 计入 \"{c}\"=awards.veto(\"{c}\");")).contains("实际上却是一票否决");
        for (String stands : List.of("[then]否决该户当月积分，计入 \"{c}\"=awards.veto(\"{c}\");",
                "[then]否决当月全部积分，计入 \"{c}\"=awards.veto(\"{c}\");",
                "[then]实行一票否决，当月积分为 0，计入 \"{c}\"=awards.veto(\"{c}\");",
                "[then]违法搭建，一票否决 计入 \"{c}\"=awards.veto(\"{c}\");",
                "[then]本户当月一票否决 计入 \"{c}\"=awards.veto(\"{c}\");")) {
            assertThat(refusalOf(stands)).as(stands).isNull();
        }
    }

    /**
     * Attack tryouts 13 (j2) and 14, B5 (ADR 0248): a sentence is one condition; one that stands for alternatives or
     * several conditions is refused and told to write several sentences or several rules.
     */
    @Test
    void aConditionSentenceIsOneCondition() {
        for (String several : List.of(
                "[when]凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" ) or $e : Event( type == \"参加村民大会\" )",
                "[when]凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" || type == \"参加村民大会\" )",
                "[when]不是 \"{g}\" 户=not ( Household( hasTag(\"{g}\") ) or Household( hasTag(\"低保户\") ) )",
                "[when]凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" ) Household( hasTag(\"党员户\") )")) {
            assertThat(refusalOf(several)).as(several).contains("一句只能是一个条件", "写成几条规则");
        }
        assertThat(refusalOf("[when]凡是 \"{t}\" 这件事=$e : Event( type == \"{t}\" ) or $e : Event( type == \"x\" )"))
                .contains("用 or 或 || 连了几个条件");
        for (String stands : List.of("[when]本月无扣分=MonthSummary( deductions == 0, events > 0 )",
                "[when]事件名是 \"{t}\"=$e : Event( type == \"{t}\", attr(\"备注\") == \"a||b\" )",
                "[when]- 年龄不少于 {n}=intAttr(\"年龄\") >= {n}")) {
            assertThat(refusalOf(stands)).as(stands).isNull();
        }
    }

    /** A version stored before this check still compiles, so a village's plan in force still loads. */
    @Test
    void aStoredVersionWithSuchASentenceStillCompiles() {
        List<PlanFile> stored = HostileCorpus.all().stream()
                .filter(attack -> attack.name().startsWith("a standard sentence with two homophones")).findFirst()
                .orElseThrow().files();

        assertThat(new PlanCompiler(1000).compile(stored).rules()).containsKey("参会");
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(stored)).isInstanceOf(PlanRejected.class);
    }

    /** Sentences that say what they do stand, near a standard one or not. */
    @Test
    void sentencesThatSayWhatTheyScoreStand() {
        for (String sentence : List.of("[then]减 {n} 分 计入 \"{c}\"=awards.add(-{n}, \"{c}\");",
                "[then]罚 {n} 分 计入 \"{c}\"=awards.add(-{n}, \"{c}\");",
                "[then]罚款折合 {n} 分，存进 \"{c}\" 账上=awards.add(-({n} * 2), \"{c}\");",
                "[then]奖 {n} 分 记入 \"{c}\"=awards.add({n}, \"{c}\");",
                "[then]按数量每次扣 {n} 分 计入 \"{category}\"=awards.add(-{n} * $e.getQuantity(), \"{category}\");",
                "[then]先加 {a} 分再扣 {b} 分 计入 \"{c}\"=awards.add({a}, \"{c}\"); awards.add(-{b}, \"{c}\");",
                "[then]本户一票否决 类别 \"{c}\"=awards.veto(\"{c}\");")) {
            assertThat(refusalOf(sentence)).as(sentence).isNull();
        }
    }

    /** Every standard sentence, copied into a village's .dsl, stands. */
    @Test
    void theStandardSentencesThemselvesStand() {
        StandardDsl.file().text().lines().filter(line -> line.startsWith("["))
                .forEach(line -> assertThat(refusalOf(line)).as(line).isNull());
    }

    static java.util.stream.Stream<HostileCorpus.Attack> villageSentences() {
        return HostileCorpus.all().stream().filter(attack -> attack.files().get(0).name().equals("本村句式.dsl")
                && attack.files().get(0).text().lines().count() == 2);
    }

    /**
     * Each one-sentence village .dsl of the hostile corpus is refused at that sentence, for what it reads as, first; a
     * second, independent wall may refuse the expanded condition too (a comparison of constants, attack tryout 15, X1).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("villageSentences")
    void eachVillageSentenceOfTheHostileCorpusIsRefusedAtItsLine(HostileCorpus.Attack attack) {
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(attack.files()))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems()).first()
                        .satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("本村句式.dsl");
                            assertThat(problem.line()).isEqualTo(2);
                            assertThat(problem.message()).containsAnyOf("意思却不一样", "读起来是", "没有用到", "连在一起", "系统读不懂",
                                    "一句只能是一个条件");
                        }));
    }

    /** The refusal of a village .dsl made of one sentence, or null when it stands. */
    private static String refusalOf(String sentence) {
        List<PlanProblem> problems = new java.util.ArrayList<>();
        SentenceMapping.read(List.of(PlanFile.of("本村句式.dsl", sentence + "\n")), problems);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isEqualTo(1)).hasSizeLessThan(2);
        return problems.isEmpty() ? null : problems.get(0).message();
    }

    @Test
    void aVillageMayCopyAStandardSentenceWithItsStandardMeaning() {
        CompiledPlan plan = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl", """
                [when]当 事件类型为 "{事件}" 时=$e : Event( type == "{事件}" )
                [then]加 {分} 分 计入 "{类别}"=awards.add({分}, "{类别}");
                [then]记 {分} 分到 "{类别}"=awards.add({分}, "{类别}");
                """), PlanFile.of("方案.dslr", HostileCorpus.HEADER + """
                rule "参加村民大会"
                when
                    当 事件类型为 "参加村民大会" 时
                then
                    记 2 分到 "村民议事"
                end
                """)));

        assertThat(plan.rules()).containsKey("参加村民大会");
    }

    @Test
    void whatARuleInSentencesRunsIsItsExpansionWithThePlansOwnSentences() {
        ExpandedRules runs = ExpandedRules.of(List.of(PlanFile.of("本村句式.dsl", OPPOSITE_MEANINGS),
                PlanFile.of("方案.dslr", RULES_READING_LIKE_THE_GUIDE)));

        assertThat(runs.drl("方案.dslr", """
                rule "宅前屋后乱堆物"
                when
                    当 事件类型为 "宅前屋后乱堆物" 时
                    家庭户带有标签 "党员户"
                then
                    按数量每次扣 5 分 计入 "人居环境"
                end"""))
                .contains("Household( !hasTag(\"党员户\") )", "awards.bonus(5 * $e.getQuantity(), \"人居环境\");");
        assertThat(runs.drl("方案.drl", "rule \"a\" when Event() then end")).isEqualTo("rule \"a\" when Event() then end");
    }
}
