package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.junit.jupiter.api.Test;

/**
 * Attack tryout 9, F4: version 13 gave three of its seven rules {@code enabled false} and dates, and the diff against
 * version 1 said 「unchanged: 7」. What a rule's attributes do is part of what it means: said in its words and counted
 * as a change, in the same words the upload warns with.
 */
class RulesSilencedByAttributesAreSaidTest {

    private static final String HEADER = """
            package villages.test;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;
            """;

    private static String rule(String name, String attributes) {
        return """

                rule "%s"
                    @cap(20)
                    %s
                when
                    Event( type == "%s" )
                then
                    awards.add(2, "村民议事");
                end
                """.formatted(name, attributes, name);
    }

    @Test
    void aRulesAttributesAreSaidFirstAmongWhenItScores() {
        RuleInWords paused = RuleInWords.of(rule("参加村民大会", "enabled false").strip());
        assertThat(paused.when()).containsExactly("已停用，不计分", "记一件事时", "事件类型是「参加村民大会」");
        assertThat(paused.attributes()).containsExactly("已停用，不计分");

        assertThat(RuleInWords.of(rule("参加村民大会", "date-effective \"2-Dec-2026\"\n    date-expires \"2027-01-01\"")
                .strip()).attributes()).containsExactly("只给 2026年12月2日 起（含当天）发生的事计分", "只给 2027年1月1日 以前（不含当天）发生的事计分");
        assertThat(RuleInWords.of(rule("参加村民大会", "salience 10 no-loop\n    activation-group \"议事\"").strip())
                .attributes()).containsExactly("几条规则同时满足时的先后：次序 10（数大的先算）", "写了 no-loop（在积分方案里没有作用，不影响计分）",
                        "和同组「议事」的规则同时满足时，只有先算的一条计分");
        assertThat(RuleInWords.of(rule("参加村民大会", "enabled true\n    dialect \"java\"").strip()).when())
                .containsExactly("记一件事时", "事件类型是「参加村民大会」");
    }

    @Test
    void aVersionWhoseRulesGainedAttributesIsNotUnchanged() {
        List<String> names = List.of("参加村民大会", "清扫道路", "垃圾分类", "志愿服务", "邻里互助", "移风易俗", "平安巡逻");
        Map<String, String> gained = Map.of("清扫道路", "enabled false", "垃圾分类", "date-effective \"2-Dec-2026\"",
                "志愿服务", "date-expires \"1-Dec-2026\"");
        RuleSet before = version(1, names.stream().map(name -> rule(name, "")).toList());
        RuleSet after = version(13, names.stream().map(name -> rule(name, gained.getOrDefault(name, ""))).toList());

        PlanDiff diff = PlanDiff.between(before, after);

        assertThat(diff.unchanged()).isEqualTo(4);
        assertThat(diff.changed()).extracting(PlanDiff.Changed::rule, PlanDiff.Changed::inWords).containsExactly(
                org.assertj.core.groups.Tuple.tuple("垃圾分类", List.of("新增：只给 2026年12月2日 起（含当天）发生的事计分")),
                org.assertj.core.groups.Tuple.tuple("志愿服务", List.of("新增：只给 2026年12月1日 以前（不含当天）发生的事计分")),
                org.assertj.core.groups.Tuple.tuple("清扫道路", List.of("新增：已停用，不计分")));
        assertThat(PlanDiff.between(after, before).changed()).extracting(PlanDiff.Changed::inWords)
                .contains(List.of("去掉：已停用，不计分"));
    }

    private static RuleSet version(int number, List<String> rules) {
        List<PlanFile> files = List.of(PlanFile.of("方案.drl", HEADER + String.join("", rules)));
        return new RuleSet(1, number, files, new PlanCompiler(1000).compileUpload(files), List.of(), "测试",
                Instant.EPOCH);
    }
}
