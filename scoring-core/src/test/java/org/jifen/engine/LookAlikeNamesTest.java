package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that read the same but are written with a variant ideograph or a look-alike character (ADR 0203; attack
 * tryout 8, N3): 戶 and 戸 for 户, 覀 for 西, 風 for 风. A village may write traditional characters; it may not write one
 * name two ways.
 */
class LookAlikeNamesTest {

    /** A plan wholly in traditional characters, each name written one way: nothing imitates anything. */
    static final String WHOLLY_TRADITIONAL = """
            package villages.traditional;
            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            global org.jifen.rules.Awards awards;

            rule "參加村民大會"
            when
                Event( type == "參加村民大會", attr("會議名稱") != "" )
            then
                awards.add(2, "村民议事");
            end

            rule "五好文明戶評比"
            when
                Event( type == "文明戶評比" )
                Household( hasTag("黨員戶") )
            then
                awards.add(5, "文明新风");
            end

            rule "鄰里互助"
            when
                Event( type == "鄰里互助" )
            then
                awards.add(3, "鄰里關係");
            end

            rule "黨員戶參加義務勞動"
            when
                Event( type == "義務勞動" )
                Household( hasTag("黨員戶") )
            then
                awards.add(3, "鄰里關係");
            end
            """;

    static final String TRADITIONAL_CATALOG = """
            事件类型,类别,名称,属性
            參加村民大會,村民议事,參加村民大會,會議名稱
            文明戶評比,文明新风
            鄰里互助,鄰里關係
            義務勞動,鄰里關係
            """;

    @Test
    void twoRuleNamesOneVariantApartAreRefusedNamingTheCharacterAndItsPosition() {
        assertThat(refused(PlanFile.of("文明户.drl", HostileCorpus.TWO_NAMES_ONE_VARIANT_APART))).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("文明户.drl");
            assertThat(problem.line()).isEqualTo(14);
            assertThat(problem.message()).isEqualTo("规则名「五好文明戶」和 文明户.drl 第 7 行的「五好文明户」只差繁简、异体或"
                    + "形近的字（第 5 个字符「戶」和「户」），公示时村民看不出是两项：如果是同一项，请删掉一条；"
                    + "如果是两项，请把名称改得一眼能看出区别");
        });
    }

    @Test
    void japaneseFormsAndRadicalLikeIdeographsAreVariantsToo() {
        assertThat(LookAlikes.skeleton("戸籍")).isEqualTo(LookAlikes.skeleton("户籍")).isEqualTo(LookAlikes.skeleton("戶籍"));
        assertThat(LookAlikes.imitates("覀区保洁", "西区保洁")).isTrue();
        assertThat(LookAlikes.imitates("文明新風", "文明新风")).isTrue();
        assertThat(LookAlikes.imitates("垃圾分類", "垃圾分类")).isTrue();
        assertThat(LookAlikes.imitates("第l组值班", "第1组值班")).isTrue();
        assertThat(LookAlikes.imitates("参加村民大会", "参加村民大会")).as("the same name").isFalse();
        assertThat(LookAlikes.imitates("参加村民大会", "参加村民小组会")).isFalse();
        assertThat(LookAlikes.imitates("于", "干")).as("two everyday characters").isFalse();
        assertThat(LookAlikes.differences("垃圾分類檢查", "垃圾分类检查")).isEqualTo("第 4 个字符「類」和「类」、第 5 个字符「檢」和「检」");
    }

    @Test
    void aLatinLetterForADigitIsSaidToLookTheSame() {
        assertThat(refused(PlanFile.of("值班.drl", HostileCorpus.HEADER
                + "rule \"第1组值班\" when Event( type == \"值班\" ) then awards.add(1, \"平安建设\"); end\n"
                + "rule \"第l组值班\" when Event( type == \"值班\" ) then awards.add(-1, \"平安建设\"); end\n")))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .contains("只差看起来一样的字符（第 2 个字符「l」和「1」）"));
    }

    @Test
    void anEventTypeWrittenTwoWaysInOnePlanIsRefusedAtTheRuleThatWillNeverFire() {
        assertThat(refused(PlanFile.of("垃圾分类.drl", HostileCorpus.ONE_EVENT_TYPE_WRITTEN_TWO_WAYS))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(14);
                    assertThat(problem.message()).isEqualTo("规则「垃圾分类检查不合格」的事件类型「垃圾分類檢查合格」和 垃圾分类.drl"
                            + " 第 7 行规则「垃圾分类检查合格」的事件类型「垃圾分类检查合格」只差繁简、异体或形近的字（第 4 个字符「類」和"
                            + "「类」、第 5 个字符「檢」和「检」）：登记时只会写成其中一种，按另一种写的规则永远不会计分。"
                            + "如果是同一个，请两处写成一样；如果是两个，请换一个一眼能看出区别的名称");
                });
    }

    @Test
    void anEventTypeImitatingOneOfTheCatalogIsToldWhichAndWhere() {
        assertThat(refused(PlanFile.of("catalog.csv", "事件类型,类别\n垃圾分类检查合格,人居环境\n"),
                PlanFile.of("垃圾分类.drl", HostileCorpus.HEADER
                        + "rule \"垃圾分类\" when Event( type == \"垃圾分類檢查合格\" ) then awards.add(2, \"人居环境\"); end\n")))
                .singleElement().satisfies(problem -> assertThat(problem.message()).isEqualTo("规则「垃圾分类」的事件类型"
                        + "「垃圾分類檢查合格」和事件类型清单 catalog.csv 里的「垃圾分类检查合格」只差繁简、异体或形近的字（第 4 个字符"
                        + "「類」和「类」、第 5 个字符「檢」和「检」）：登记时选的是「垃圾分类检查合格」，这条规则永远不会计分。"
                        + "请一字不差地写成「垃圾分类检查合格」"));
    }

    @Test
    void twoCatalogTypesOneVariantApartAreRefusedAtTheLaterLine() {
        assertThat(refused(PlanFile.of("catalog.csv", "事件类型,类别\n户籍变更,村民议事\n戸籍変更,村民议事\n"),
                PlanFile.of("户籍.drl", HostileCorpus.HEADER
                        + "rule \"户籍变更\" when Event( type == \"户籍变更\" ) then awards.add(1, \"村民议事\"); end\n"
                        + "rule \"戸籍変更\" when Event( type == \"戸籍変更\" ) then awards.add(-1, \"村民议事\"); end\n")))
                .extracting(PlanProblem::file, PlanProblem::line)
                .containsExactlyInAnyOrder(tuple("catalog.csv", 3),
                        tuple("户籍.drl", 7));
    }

    @Test
    void aCategoryImitatingTheTownshipsOrAnotherIsRefusedNamingTheCharacter() {
        List<PlanProblem> problems = new ArrayList<>();
        EventCatalog.read(PlanFile.of("catalog.csv", "事件类型,类别\n评比,文明新風\n"), problems, new ArrayList<>());
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("类别「文明新風」和本镇的「文明新风」只差繁简、异体或形近的字（第 4 个字符「風」和「风」）"));

        assertThat(refused(PlanFile.of("catalog.csv", "事件类型,类别\n植树,環保\n清河,环保\n"),
                PlanFile.of("环保.drl", HostileCorpus.HEADER
                        + "rule \"植树\" when Event( type == \"植树\" ) then awards.add(1, \"環保\"); end\n"
                        + "rule \"清河\" when Event( type == \"清河\" ) then awards.add(1, \"环保\"); end\n")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.message()).startsWith("类别「环保」和第 2 行的「環保」只差繁简、异体或形近的字"
                            + "（第 1 个字符「环」和「環」），公示时村民会以为是同一类，积分却分开计");
                });
    }

    @Test
    void anAttributeOrATagWrittenWithAVariantIsRefused() {
        assertThat(refused(PlanFile.of("catalog.csv", "事件类型,类别,名称,属性\n参加村民大会,村民议事,参加村民大会,会议名称\n"),
                PlanFile.of("会议.drl", HostileCorpus.HEADER + "rule \"参会\" when Event( type == \"参加村民大会\", "
                        + "attr(\"會議名稱\") == \"年度大会\" ) then awards.add(1, \"村民议事\"); end\n")))
                .singleElement().satisfies(problem -> assertThat(problem.message()).isEqualTo("规则「参会」的属性「會議名稱」和"
                        + " catalog.csv 第 2 行「参加村民大会」的属性「会议名称」只差繁简、异体或形近的字（第 1 个字符「會」和「会」、"
                        + "第 2 个字符「議」和「议」、第 4 个字符「稱」和「称」）：登记时填的是「会议名称」，这个条件永远不成立。"
                        + "请一字不差地写成「会议名称」"));

        assertThat(refused(PlanFile.of("标签.drl", HostileCorpus.HEADER
                + "rule \"党员户参会\" when Event( type == \"参会\" ) Household( hasTag(\"党员户\") ) then awards.add(1, \"村民议事\"); end\n"
                + "rule \"党员户值班\" when Event( type == \"值班\" ) Household( hasTag(\"党员戶\") ) then awards.add(1, \"平安建设\"); end\n")))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .contains("的户标签「党员戶」和 标签.drl 第 6 行规则「党员户参会」的户标签「党员户」只差", "对这些户永远不生效"));
    }

    @Test
    void twoValuesOfOneAttributeOneVariantApartAreRefused() {
        assertThat(refused(PlanFile.of("庭院.drl", HostileCorpus.HEADER
                + "rule \"庭院优秀\" when Event( type == \"庭院检查\", attr(\"结果\") == \"优秀\" ) then awards.add(3, \"人居环境\"); end\n"
                + "rule \"庭院優秀加分\" when Event( type == \"庭院检查\", attr(\"结果\") == \"優秀\" ) then awards.add(1, \"人居环境\"); end\n")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(7);
                    assertThat(problem.message()).isEqualTo("规则「庭院優秀加分」的「庭院检查」属性「结果」的值「優秀」和 庭院.drl"
                            + " 第 6 行规则「庭院优秀」的「优秀」只差繁简、异体或形近的字（第 1 个字符「優」和「优」）：登记时只会填"
                            + "其中一种，按另一种判断的条件永远不成立。如果是同一个，请两处写成一样；如果是两个，请换一个一眼能看出区别的名称");
                });
    }

    @Test
    void aPlanWhollyInTraditionalCharactersWithConsistentNamesIsAccepted() {
        CompiledPlan plan = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("catalog.csv", TRADITIONAL_CATALOG),
                PlanFile.of("繁體方案.drl", WHOLLY_TRADITIONAL)));

        assertThat(plan.rules()).containsKeys("參加村民大會", "五好文明戶評比", "鄰里互助", "黨員戶參加義務勞動");
    }

    static java.util.stream.Stream<HostileCorpus.Attack> attack8() {
        return HostileCorpus.all().stream().filter(attack -> attack.name().matches(".*(apart|imitating|beside its).*"));
    }

    /** Each of attack 8's plans in the hostile corpus is refused for reading as another name, not by chance. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("attack8")
    void eachLookAlikeOfTheHostileCorpusIsRefusedAsOne(HostileCorpus.Attack attack) {
        assertThat(refused(attack.files().toArray(PlanFile[]::new))).isNotEmpty().allSatisfy(problem -> assertThat(
                problem.message()).containsAnyOf("只差繁简、异体或形近的字（第 ", "只差看起来一样的字符（第 ", "重复（或看起来一样）"));
    }

    private static List<PlanProblem> refused(PlanFile... files) {
        try {
            new PlanCompiler(1000).compileUpload(List.of(files));
        } catch (PlanRejected rejected) {
            return rejected.problems().stream().filter(problem -> !problem.isNote()).toList();
        }
        throw new AssertionError("the plan was accepted");
    }
}
