package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What staff tap on the phone is the catalog's 名称: it may not be another listed type's name, and a category may not
 * say how a deed scores (attack tryout 16, K1: 「好人好事（表彰）」 recorded 违法搭建 and vetoed the month; a category
 * 「一票否决」 on a +5 read 「好人好事 一票否决 +5」).
 */
class CatalogNamesSayTheirOwnTypeTest {

    @Test
    void aNameThatIsAnotherTypesIsRefusedAtItsLine() {
        List<PlanProblem> problems = read("""
                事件类型,类别,名称,属性
                违法搭建,平安建设,好人好事（表彰）,地点
                好人好事,文明新风,好人好事,事迹
                """);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("另一种事件类型「好人好事」的名字");
        });
    }

    @Test
    void aCategoryThatSaysHowItScoresIsRefused() {
        assertThat(read("事件类型,类别,名称\n好人好事,一票否决,好人好事\n")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("类别「一票否决」里有「否决」"));
    }

    @Test
    void namesInTheClerksOwnWordsStay() {
        assertThat(read("""
                事件类型,类别,名称,属性
                参加志愿服务,文明新风,志愿服务（义务劳动）,
                垃圾分类检查,人居环境,垃圾分类检查（合格）,
                垃圾分类检查不合格,人居环境,垃圾分类检查（不合格）,
                参加村民大会,村民议事,参加村民大会（每月）,会议名称
                """)).isEmpty();
    }

    /** Tryout clerk 6, 2: a name quoted as rules-guide 2.4 shows keeps its comma without a warning; unquoted, it is warned. */
    @Test
    void aQuotedNameWithACommaIsReadWithoutAWarning() {
        List<PlanProblem> warnings = new ArrayList<>();
        EventCatalog catalog = EventCatalog.read(PlanFile.of("catalog.csv", """
                事件类型,类别,名称
                见义勇为,文明新风,"见义勇为（经村委会认定，计附加分）"
                """), new ArrayList<>(), warnings);
        assertThat(warnings).isEmpty();
        assertThat(catalog.types().get("见义勇为").label()).isEqualTo("见义勇为（经村委会认定，计附加分）");

        EventCatalog.read(PlanFile.of("catalog.csv", "事件类型,类别,名称\n见义勇为,文明新风,见义勇为（经村委会认定，计附加分）\n"),
                new ArrayList<>(), warnings);
        assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning.message()).contains("里有逗号"));
    }

    /** Attack tryout 18, F2: a 名称 that says nothing of its type, and one name for two types. */
    @Test
    void aNameUnlikeItsTypeOrSharedByTwoTypesIsRefused() {
        assertThat(read("事件类型,类别,名称\n违法搭建,平安建设,参加志愿服务\n")).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("没有一处相同的说法"));
        assertThat(read("事件类型,类别,名称\n参加村民大会,村民议事,开村民大会\n违法搭建,平安建设,开村民大会\n"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("名称都是「开村民大会」"));
    }

    private static List<PlanProblem> read(String csv) {
        List<PlanProblem> problems = new ArrayList<>();
        EventCatalog.read(PlanFile.of("catalog.csv", csv), problems, new ArrayList<>());
        return problems;
    }
}
