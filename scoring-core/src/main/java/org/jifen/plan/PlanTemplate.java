package org.jifen.plan;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jifen.engine.TemplateCode;
import org.jifen.sheet.Sheets;

/**
 * The spreadsheet clerks fill in to write a plan without programmers (积分方案模板.drl.xlsx): one row per scoring item,
 * the points in the column of its category, caps, bonus and veto columns, and a second table for month-end items.
 * Its worked rows are the rule author's contract example, so the template itself is a valid plan.
 */
public final class PlanTemplate {

    public static final String FILE_NAME = "积分方案模板.drl.xlsx";

    private static final List<String> CATEGORIES = List.of("村民议事", "平安建设", "文明新风", "人居环境");

    private PlanTemplate() {
    }

    /**
     * The template's 测试 sheet: a header, one case for each kind of worked row, then one household's month (rows
     * with the same 用例, closed by its 「月底」 row) for the month-end items (ADR 0176).
     */
    private static final List<List<String>> TESTS = List.of(
            List.of("用例", "事件类型", "数量", "户标签", "属性", "期望得分"),
            List.of("开会得 2 分", "参加村民大会", "", "", "", "参加村民大会 2"),
            List.of("乱堆 3 处扣 15 分", "宅前屋后乱堆物", "3", "", "", "宅前屋后乱堆物 -15"),
            List.of("见义勇为得附加分", "见义勇为", "", "", "", "见义勇为 20"),
            List.of("违法搭建一票否决", "违法搭建", "", "", "", "违法搭建 否决"),
            List.of("低保户免缴保洁费", "未按时缴纳保洁费", "", "低保户", "", "不得分"),
            List.of("其他户扣 2 分", "未按时缴纳保洁费", "", "党员户", "", "未按时缴纳保洁费 -2"),
            List.of("参军入伍得 20 分", "参军入伍", "", "", "姓名=张大", "参军入伍 20"),
            List.of("市级荣誉得附加分", "获得荣誉", "", "", "级别=市级", "获市级以上荣誉 10"),
            List.of("县级荣誉不得分", "获得荣誉", "", "", "级别=县级", "不得分"),
            List.of("举报未查实不得分", "举报安全隐患", "", "", "", "不得分"),
            List.of("举报查实得 3 分", "举报安全隐患", "", "", "查实=true", "举报安全隐患经查属实 3"),
            List.of("一户一个月：开会两次，月底无扣分加 10 分", "参加村民大会", "", "", "", "参加村民大会 2"),
            List.of("一户一个月：开会两次，月底无扣分加 10 分", "参加村民大会", "", "", "", "参加村民大会 2"),
            List.of("一户一个月：开会两次，月底无扣分加 10 分", "月底", "", "", "", "当月无扣分 10"),
            List.of("乱堆过的月份没有无扣分奖", "宅前屋后乱堆物", "1", "", "", "宅前屋后乱堆物 -5"),
            List.of("乱堆过的月份没有无扣分奖", "月底", "", "", "", "不得分"),
            List.of("评上美丽庭院，月底加 5 分", "美丽庭院检查", "", "", "结果=美丽庭院", "不得分"),
            List.of("评上美丽庭院，月底加 5 分", "月底", "", "", "", "美丽庭院 5"),
            List.of("本月检查合格，月底加 5 分", "垃圾分类检查合格", "", "", "", "不得分"),
            List.of("本月检查合格，月底加 5 分", "月底", "", "", "", "本月垃圾分类检查合格 5"));

    public static byte[] xlsx() {
        return xlsx(TESTS);
    }

    /** The template with these rows (the first a header) in its 测试 sheet instead of its own. */
    public static byte[] xlsx(List<List<String>> testRows) {
        return Sheets.xlsx(book -> {
            Sheet plan = book.createSheet("积分方案");
            CellStyle code = Sheets.style(book, IndexedColors.GREY_25_PERCENT, false);
            CellStyle label = Sheets.style(book, IndexedColors.LIGHT_YELLOW, true);
            int r = 0;
            r = Sheets.row(plan, r, null, "RuleSet", "villages.template");
            r = Sheets.row(plan, r, null, "Import", "org.jifen.rules.Event, org.jifen.rules.Household, org.jifen.rules.MonthSummary");
            r = Sheets.row(plan, r, null, "Variables", "org.jifen.rules.Awards awards");
            r = Sheets.row(plan, r, null, "Notes", "每月基础分满分 100 分，附加分另计；灰色行是规则模板，请勿修改；从黄色标题下一行起每行一个积分项目");
            r++;
            r = Sheets.row(plan, r, null, "RuleTable 积分项目");
            r = Sheets.row(plan, r, code, "NAME", "METADATA", "CONDITION", "CONDITION", "CONDITION", "ACTION", "ACTION",
                    "ACTION", "ACTION", "ACTION", "ACTION", "CONDITION", "METADATA", "ACTION", "CONDITION", "CONDITION",
                    "METADATA");
            r = Sheets.row(plan, r, code, "", "", "$e : Event", "$e : Event", "Household", "", "", "", "", "", "",
                    "Household", "", "", "Event", "Event", "");
            r = Sheets.row(plan, r, code, "", TemplateCode.CAP.code(), TemplateCode.EVENT_TYPE.code(),
                    TemplateCode.LEAST_QUANTITY.code(), TemplateCode.HOUSEHOLD_TAG.code(), award(0), award(1), award(2),
                    award(3), "awards.bonus($1, \"$2\");", "awards.veto(\"$param\");", TemplateCode.NOT_THE_TAG.code(),
                    TemplateCode.CAP_PERIOD.code(), "awards.add($1 * $e.getQuantity(), \"$2\");",
                    TemplateCode.ATTRIBUTE.code(), TemplateCode.TICKED.code(), TemplateCode.CAP_BY.code());
            r = Sheets.row(plan, r, label, "规则名称（公示时显示）", TemplateCode.CAP.label(),
                    TemplateCode.EVENT_TYPE.label(), TemplateCode.LEAST_QUANTITY.label(),
                    TemplateCode.HOUSEHOLD_TAG.label(), "村民议事（每次分值）", "平安建设（每次分值）", "文明新风（每次分值）",
                    "人居环境（每次分值）", "附加分（分值, 类别）", "一票否决（类别）", TemplateCode.NOT_THE_TAG.label(),
                    TemplateCode.CAP_PERIOD.label(), "本村类别（每次分值, 类别）", TemplateCode.ATTRIBUTE.label(),
                    TemplateCode.TICKED.label(), TemplateCode.CAP_BY.label());
            r = Sheets.row(plan, r, null, "参加村民大会", "", "参加村民大会", "", "", "2");
            r = Sheets.row(plan, r, null, "宅前屋后乱堆物", "25", "宅前屋后乱堆物", "", "", "", "", "", "-5");
            r = Sheets.row(plan, r, null, "见义勇为", "", "见义勇为", "", "", "", "", "", "", "20, 文明新风");
            r = Sheets.row(plan, r, null, "违法搭建", "", "违法搭建", "", "", "", "", "", "", "", "平安建设");
            r = Sheets.row(plan, r, null, "未按时缴纳保洁费", "", "未按时缴纳保洁费", "", "", "", "", "", "-2", "", "",
                    "低保户");
            r = Sheets.row(plan, r, null, "参加志愿服务", "10", "参加志愿服务", "", "", "", "", "2", "", "", "", "", "季度");
            r = Sheets.row(plan, r, null, "参军入伍", "20", "参军入伍", "", "", "", "", "", "", "20, 平安建设", "", "",
                    "一次性", "", "", "", "姓名");
            r = Sheets.row(plan, r, null, "获市级以上荣誉", "", "获得荣誉", "", "", "", "", "", "", "10, 文明新风", "", "", "",
                    "", "级别, 市级");
            r = Sheets.row(plan, r, null, "举报安全隐患经查属实", "", "举报安全隐患", "", "", "", "3", "", "", "", "", "", "",
                    "", "", "查实");
            r++;
            r = Sheets.row(plan, r, null, "RuleTable 月度项目");
            r = Sheets.row(plan, r, code, "NAME", "CONDITION", "CONDITION", "ACTION", "ACTION", "ACTION", "ACTION",
                    "CONDITION", "CONDITION");
            r = Sheets.row(plan, r, code, "", "MonthSummary", "MonthSummary", "", "", "", "", "MonthSummary",
                    "MonthSummary");
            r = Sheets.row(plan, r, code, "", TemplateCode.MOST_DEDUCTED.code(), TemplateCode.LEAST_EVENTS.code(),
                    "awards.add($param, \"村民议事\");", "awards.add($param, \"平安建设\");",
                    "awards.add($param, \"文明新风\");", "awards.add($param, \"人居环境\");",
                    TemplateCode.LATEST_CHECK.code(), TemplateCode.LEAST_OF_A_TYPE.code());
            r = Sheets.row(plan, r, label, "规则名称（公示时显示）", TemplateCode.MOST_DEDUCTED.label(),
                    TemplateCode.LEAST_EVENTS.label(), "村民议事（分值）", "平安建设（分值）", "文明新风（分值）", "人居环境（分值）",
                    TemplateCode.LATEST_CHECK.label(), TemplateCode.LEAST_OF_A_TYPE.label());
            r = Sheets.row(plan, r, null, "当月无扣分", "0", "1", "", "", "10");
            r = Sheets.row(plan, r, null, "美丽庭院", "", "", "", "", "", "5", "美丽庭院检查, 结果, 美丽庭院");
            Sheets.row(plan, r, null, "本月垃圾分类检查合格", "", "", "", "", "", "5", "", "垃圾分类检查合格, 1");
            plan.addMergedRegion(new CellRangeAddress(7, 7, 2, 3));
            for (int column = 0; column < 17; column++) {
                // a name of 20 Chinese characters shows whole (ADR 0255)
                plan.setColumnWidth(column, column == 0 ? 42 * 256 : 16 * 256);
            }
            Sheet tests = book.createSheet("测试");
            for (int t = 0; t < testRows.size(); t++) {
                Sheets.row(tests, t, t == 0 ? label : null, testRows.get(t).toArray(String[]::new));
            }
            for (int column = 0; column < 6; column++) {
                tests.setColumnWidth(column, (column == 0 || column == 5 ? 24 : 14) * 256);
            }
            Sheets.instructions(book, "填写说明", List.of(
                    "积分方案模板（一村一方案）填写说明",
                    "1. 在「积分方案」表黄色标题行下面，每行写一个积分项目；规则名称会出现在公示和积分明细里，不能重复。",
                    "2. 事件类型要和村里登记事件时用的类型完全一致，例如「参加村民大会」。",
                    "3. 分值写在对应类别的列里：加分写正数，扣分写负数；分值乘以事件的数量（例如乱堆物的处数）。",
                    "4. 上限：这一项每户最多加（或扣）多少分，例如「每处扣 5 分，扣完 25 分为止」写 -5 和 25；不写上限周期就是每月。",
                    "5. 附加分不计入每月 100 分，写成「分值, 类别」，例如「20, 文明新风」。",
                    "6. 一票否决：写类别，例如「平安建设」；该户当月积分计 0 分。",
                    "7. 户标签（可不填）：只对带这个标签的家庭户生效，例如「党员户」，只能写一个。不含标签（可不填）：带这个标签的户不计，例如「低保户」免扣保洁费；几种户都不计，用顿号隔开，例如「低保户、五保户」。",
                    "8. 「月度项目」表在每月积分评定时对每户算一次，例如当月无扣分加 10 分。「最近一次检查」写「事件类型, 属性, 结果」：这户最近一次（一年内）这种检查的结果是它，每个月都计分，直到下一次检查结果变了，例如「美丽庭院检查, 结果, 美丽庭院」每月加 5 分。「本月这类事件不少于」写「事件类型, 次数」：只看这个月，例如「检查合格的户每月底另加 5 分」，登记时把合格的检查记成「垃圾分类检查合格」这类事件，这一格写「垃圾分类检查合格, 1」；这个月没有合格的检查就不计。",
                    "9. 上限周期（可不填）：写「季度」「年」，上限就按季度、按年合计；写「一次性」，每户累计最多计一次上限，上限写这一项的分值，例如参军入伍 20 分。",
                    "10. 分开计上限（可不填）：写登记时填的一个属性名，例如「姓名」，上限就按这个属性的每个值分开算：参军入伍写「姓名」，一户两个儿子参军各计 20 分，同一个人登记两次只计一次。",
                    "11. 属性条件：登记时填的属性要等于这个值才计分，写「属性, 值」，例如「级别, 市级」；须勾选：登记时勾选了这一项才计分，例如「查实」。",
                    "12. 本村类别：本村在 catalog.csv 里加了四类以外的类别时，写成「分值, 类别」，例如「3, 移风易俗」。",
                    "13. 灰色的行是规则模板，请不要改动；文件名必须以 .drl.xlsx 结尾。",
                    "14. 「测试」表：每行一个例子，写事件和应得的分（「规则名称 分数」，几项用顿号隔开；一票否决写「规则名称 否决」；不得分写「不得分」）。上传时逐行核对，对不上就不保存，并指出是哪一行。",
                    "15. 一户一个月的几件事：几行写同一个用例名称、一行接一行，每行一件事和这件事应得的分；最后一行的事件类型写「月底」，期望得分写月度项目给这户的分（例如「当月无扣分 10」），按上面几行的事件评定。户标签写在第一行。"));
        });
    }

    private static String award(int category) {
        return "awards.add($param * $e.getQuantity(), \"" + CATEGORIES.get(category) + "\");";
    }
}
