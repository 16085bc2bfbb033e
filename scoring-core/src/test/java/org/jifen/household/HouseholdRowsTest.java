package org.jifen.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jifen.sheet.RowProblem;
import org.jifen.sheet.Table;
import org.junit.jupiter.api.Test;

class HouseholdRowsTest {

    private static final HouseholdRows.Places YANGJIA = new HouseholdRows.Places(List.of("一组", "二组")::contains,
            place -> place == null || place.equals("杨家宅"), List.of("一组", "二组"), List.of("杨家宅"));

    private static final String HEADER = "户号,户主姓名,村民小组,自然村,本地户籍,宅基地,常住人口,家庭人口,标签\n";

    @Test
    void aRowBecomesTheHouseholdItDescribes() {
        HouseholdRows.Parsed parsed = parse(HEADER
                + "01-001,王建华,一组,杨家宅,是,有,3,4,党员户、文明家庭\n"
                + "02-015,李秀英,二组,,是,否,1,,低保户,五保户\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.households()).containsExactly(
                new HouseholdRows.Entry(2, new HouseholdFacts("01-001", "王建华", "一组", "杨家宅", true, true, 3, 4,
                        List.of("党员户", "文明家庭"))),
                new HouseholdRows.Entry(3, new HouseholdFacts("02-015", "李秀英", "二组", null, true, false, 1, 1,
                        List.of("低保户"))));
    }

    @Test
    void columnsAreFoundByTheirHeadersInAnyOrderUnderATitleWithNotesAndOtherColumnsIgnored() {
        HouseholdRows.Parsed parsed = parse("杨家庄村家庭户登记表\n"
                + "备注,常住人口,户主,户号*,村民小组,本地户籍（是/否）,宅基地(有/无)\n"
                + "新迁入,2,张伟,03-007,二组,是,有\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.households()).singleElement().satisfies(entry -> {
            assertThat(entry.line()).isEqualTo(3);
            assertThat(entry.facts()).isEqualTo(new HouseholdFacts("03-007", "张伟", "二组", null, true, true, 2, 2,
                    List.of()));
        });
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNothingIsRead() {
        HouseholdRows.Parsed parsed = parse(HEADER
                + "01-001,王建华,一组,杨家宅,是,有,3,4,\n"
                + ",赵六,三组,,对,有,三,4,\n"
                + "01-003,孙七,二组,王家宅,否,无,100,,\n"
                + "01-001,钱八,一组,,是,有,2,2,\n"
                + "01-005," + "欧".repeat(41) + ",一组,,是,,2,2," + "标".repeat(31) + "\n");

        assertThat(parsed.households()).isEmpty();
        assertThat(parsed.problems()).extracting(RowProblem::line).containsExactly(3, 3, 3, 3, 4, 4, 5, 6, 6, 6);
        assertThat(parsed.problems()).extracting(RowProblem::message).containsExactly(
                "第3行 A列 户号不能为空",
                "第3行 C列 村民小组“三组”不是本村的村民小组（本村：一组、二组）",
                "第3行 E列 本地户籍“对”，应填“是”或“否”",
                "第3行 G列 常住人口“三”，应填 0 到 99 的整数",
                "第4行 D列 自然村“王家宅”不是本村的自然村（本村：杨家宅）",
                "第4行 G列 常住人口“100”，应填 0 到 99 的整数",
                "第5行 A列 户号“01-001”与第2行重复",
                "第6行 B列 户主姓名“" + "欧".repeat(20) + "…”超过 40 个字",
                "第6行 F列 宅基地没有填写，应填“有”或“无”（也可填“是”“否”）",
                "第6行 I列 标签“" + "标".repeat(20) + "…”超过 30 个字");
        assertThat(parsed.problems()).extracting(RowProblem::file).containsOnly("登记表.csv");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefusedBeforeAnyRow() {
        assertThat(parse("户号,户主姓名,村民小组\n01-001,王建华,一组\n").problems()).extracting(RowProblem::message)
                .containsExactly("第1行 表头缺少「本地户籍」「宅基地」「常住人口」列");
        assertThat(parse("姓名,电话\n王建华,123\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("找不到表头"));
        assertThat(parse(HEADER).problems()).extracting(RowProblem::message).containsExactly("表头下面没有家庭户");
        assertThat(parse("户号,户号,户主姓名,村民小组,本地户籍,宅基地,常住人口\n").problems())
                .extracting(RowProblem::message).containsExactly("第1行 表头「户号」出现了两次（A列和B列）");
    }

    @Test
    void tooManyTagsAreRefused() {
        String tags = String.join("、", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(n -> "标签" + n)
                .toList());
        assertThat(parse(HEADER + "01-001,王建华,一组,,是,有,3,4," + '"' + tags + '"' + "\n").problems())
                .extracting(RowProblem::message).containsExactly("第2行 I列 标签有 21 个标签，最多 20 个");
    }

    private static HouseholdRows.Parsed parse(String csv) {
        return HouseholdRows.parse(Table.read("登记表.csv", csv.getBytes(StandardCharsets.UTF_8)), YANGJIA);
    }
}
