package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.engine.ScoringWords.Sense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attack tryout 12 (ADR 0235): a rule's words are read as words in their scoring sense, one reading for a village's
 * sentences and a spreadsheet column's heading: 负 in 负责人 deducts nothing, 否决 in 否决异议 vetoes nothing, 无 in
 * 无论 and 非 in 非常 negate nothing; 扣 {n} 分, 一票否决 and 不是 do.
 */
class ScoringWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            本户表现突出，奖励 {n} 分 记入 "{c}"（负责人：村委）           | ADDS POINTS
            本户表现突出，予以表彰 记入 "{c}"（经村民代表会议否决异议）    | ADDS
            本户表现突出，奖励 {n} 分（不扣分） 记入 "{c}"                 | ADDS POINTS
            不负众望 加 {n} 分 计入 "{c}"                                 | ADDS POINTS
            经评议不予否决 计入 "{c}"                                     | -
            奖励 {n} 分（不否决）计入 "{c}"                               | ADDS POINTS
            负责人签字后记 {n} 分 计入 "{c}"                              | POINTS
            参加会议迟到扣 {n} 分 计入 "{c}"                              | DEDUCTS POINTS
            扣 {n} 分 计入 "{category}"                                   | DEDUCTS POINTS
            按数量每次扣 {n} 分 计入 "{category}"                         | DEDUCTS POINTS
            减 {n} 分 计入 "{c}"                                          | DEDUCTS POINTS
            罚 {n} 分 计入 "{c}"                                          | DEDUCTS POINTS
            罚款折合 {n} 分，存进 "{c}" 账上                              | DEDUCTS POINTS
            本次处罚扣减积分 {n} 分，计入 "{c}"                           | DEDUCTS POINTS
            本户记负分 {n} 计入 "{c}"                                     | DEDUCTS POINTS
            扣 {n} 分（不再加分） 计入 "{c}"                              | DEDUCTS POINTS
            先加 {a} 分再扣 {b} 分 计入 "{c}"                             | ADDS DEDUCTS POINTS
            加 {n} 分 计入 "{category}"                                   | ADDS POINTS
            附加 {n} 分 计入 "{category}"                                 | ADDS POINTS
            按数量每次加 {n} 分 计入 "{category}"                         | ADDS POINTS
            添 {n} 分 记入 "{c}"                                          | ADDS POINTS
            奖励村民 {n} 分，存进 "{c}" 账上                              | ADDS POINTS
            記 {n} 分到 "{c}"                                             | POINTS
            一票否决 计入 "{category}"                                    | VETOES
            一票否决，计入「{c}」                                         | VETOES
            本户本月否决 "{c}"                                            | VETOES
            本户一票否决 类别 "{c}"                                       | VETOES
            否决异议处理人                                                | -
            一票否决（类别）                                              | VETOES
            否决                                                          | VETOES
            村民议事（每次分值）                                          | POINTS
            附加分（分值, 类别）                                          | ADDS POINTS
            扣 50 分（类别）                                              | DEDUCTS POINTS
            平安建设负责人                                                | -
            垃圾分类后扣分                                                | DEDUCTS POINTS
            罚单零记录户 {n} 分，计入 "{c}"                               | POINTS
            减负先进户 {n} 分                                             | POINTS
            扣除 {n} 积分 计入 "{c}"                                      | DEDUCTS POINTS
            好人好事示范户，不怕否决 计入 "{c}"                           | -
            记为敢于否决 计入 "{c}"                                       | -
            否决该户当月积分，计入 "{c}"                                  | VETOES POINTS
            否决当月全部积分，计入 "{c}"                                  | VETOES POINTS
            实行一票否决，当月积分为 0，计入 "{c}"                        | VETOES POINTS
            违法搭建，一票否决 计入 "{c}"                                 | VETOES
            本户当月一票否决 计入 "{c}"                                   | VETOES
            家风好，否决不了 计入 "{c}"                                   | -
            否决权行使到位 计入 "{c}"                                     | -
            """)
    void effectsAreReadAsWords(String words, String senses) {
        assertThat(ScoringWords.says(words)).as(words).isEqualTo(senses(senses));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            是党员户（无论大小户）                  | false
            不论别的，只要是党员户                  | false
            是非常积极的党员户                      | false
            是党员户（未满一年的也算）              | false
            是党员户（不是也算）                    | false
            是党员户                                | false
            数量不少于 {n}                          | false
            事件是 "{t}" 且不超过 {n} 次            | false
            垃圾分类不合格                          | false
            本户在 "{g}"                            | false
            是没有污点的 "{g}"                      | false
            是无私奉献的 "{g}"                      | false
            没有 "{g}" 标签的户                     | true
            不是党员户的家庭                        | true
            不是党员户                              | true
            家庭户没有标签 "{tag}"                  | true
            本月没有 "{type}"                       | true
            本月无扣分                              | true
            本户不在 "{g}"                          | true
            非低保户                                | true
            非 "{g}" 组的户                         | true
            不属于 "{g}" 组                         | true
            不带标签 "{t}"                          | true
            无 "{t}" 标签                           | true
            除 "{t}" 户以外                         | true
            未参加 "{t}"                            | true
            没参加 "{t}"                            | true
            本月缺席 "{t}"                          | true
            该户不再是 "{g}"                        | true
            普通户（"{g}" 以外）                    | true
            "{g}" 以外的户                          | true
            是不缺钱的 "{g}"                        | false
            是不再犯错的 "{g}"                      | false
            是党员户（不是也算）也可以              | false
            """)
    void aNegationIsAWordThatNegatesACondition(String words, boolean negates) {
        assertThat(ScoringWords.says(words).contains(Sense.NEGATES)).as(words).isEqualTo(negates);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            awards.veto("$param");                          | 一票否决（类别）            | -
            awards.veto("$param");                          | 一票否决                    | -
            awards.veto("$param");                          | 否决（填类别）              | -
            awards.veto("$param");                          | 一票否决类别                | -
            awards.veto("平安建设");                        | 一票否决（平安建设）        | -
            awards.veto("$param");                          | 一票否决项目                | -
            awards.veto("$param");                          | 否决（写类别名称）          | -
            awards.veto("$param");                          | 一票否决事项                | 「事」不是计分的说法
            awards.veto("$param");                          | 否决异议处理人              | 「异议处理人」不是计分的说法
            awards.veto("$param");                          | 备注                        | 「备注」不是计分的说法
            awards.veto("$param");                          | 备注（否决异议记录）        | 「备注」「异议记录」不是计分的说法
            awards.veto("$param");                          | 一票否决（异议）            | 「异议」不是计分的说法
            awards.veto("$param");                          | 不否决                      | 「不」不是计分的说法
            awards.veto("$param");                          | 扣分（类别）                | 标题没有写「一票否决」
            awards.veto("$param");                          | 否决类别处理                | 「处理」不是计分的说法
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事（每次分值）        | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事                    | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事分值                | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事得分                | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事（每次加分或扣分）  | 「或」不是计分的说法
            awards.add($param*$e.getQuantity(),"村民议事"); | 每次分值（村民议事）        | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事得分情况            | 「情况」不是计分的说法
            awards.add($param*$e.getQuantity(),"村民议事"); | 人居环境（每次分值）        | 「人居环境」不是计分的说法
            awards.add($param*$e.getQuantity(),"村民议事"); | 每次加分或扣分              | 「或」不是计分的说法
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事负责人              | 「负责人」不是计分的说法
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事（否决）            | 标题写了「否决」，这一列却不会一票否决
            awards.add($param*$e.getQuantity(),"村民议事"); | 说明（不计分）              | 「说明」「不计」不是计分的说法
            awards.add($param,"文明新风");                  | 文明新风（分值）            | -
            awards.add($param*$e.getQuantity(),"人居环境"); | 人居环境（每次分值，扣分写负数） | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事（每次分值，单位：分） | -
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事（每次分值，负责人写负数） | 「负责人」不是计分的说法
            awards.bonus($1,"$2");                          | 附加分（分值, 类别）        | -
            awards.bonus($1,"$2");                          | 附加分                      | -
            awards.add($1*$e.getQuantity(),"$2");           | 本村类别（每次分值, 类别）  | -
            awards.add($1*$e.getQuantity(),"$2");           | 本村类别                    | -
            awards.add(-50,"$param");                       | 扣 50 分（类别）            | -
            awards.add(-50,"$param");                       | 扣分（类别）                | -
            awards.add(-50,"$param");                       | 类别                        | 这一列每一项都扣 50 分
            awards.add(-50,"$param");                       | 加 50 分（类别）            | 标题却没有写明扣分
            awards.add(-50,"$param");                       | 备注（负责人填写）          | 「备注」「负责人」不是计分的说法
            awards.add(-50,"$param");                       | 平安建设负责人              | 「平安建设负责人」不是计分的说法
            awards.add(-50,"$param");                       | 说明（不计分）              | 「说明」「不计」不是计分的说法
            awards.add(5,"$param");                         | 扣 5 分（类别）             | 标题写的是扣分，这一列却是加分
            """)
    void aColumnsHeadingIsMadeOfScoringWordsAndSaysWhatItsCodeDoes(String code, String label, String wrong) {
        String why = ActionLabel.of(code).wrongIn(label);

        if (wrong.equals("-")) {
            assertThat(why).as(label).isNull();
        } else {
            assertThat(why).as(label).contains(wrong);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            awards.veto("$param");                          | 一票否决（类别）
            awards.veto("平安建设");                        | 一票否决（平安建设）
            awards.add($param*$e.getQuantity(),"村民议事"); | 村民议事（每次分值）
            awards.add($param,"文明新风");                  | 文明新风（分值）
            awards.bonus($1,"$2");                          | 附加分（分值, 类别）
            awards.add($1*$e.getQuantity(),"$2");           | 本村类别（每次分值, 类别）
            awards.add(-50,"$param");                       | 扣 50 分（类别）
            awards.add(-5*$e.getQuantity(),"人居环境");     | 每次扣 5 分（人居环境）
            awards.add(20,"$param");                        | 加 20 分（类别）
            """)
    void theRefusalNamesAHeadingThatIsAccepted(String code, String heading) {
        ActionLabel action = ActionLabel.of(code);

        assertThat(action.heading()).isEqualTo(heading);
        assertThat(action.wrongIn(heading)).isNull();
    }

    private static Set<Sense> senses(String names) {
        return names.equals("-") ? EnumSet.noneOf(Sense.class)
                : Arrays.stream(names.split(" ")).map(Sense::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sense.class)));
    }
}
