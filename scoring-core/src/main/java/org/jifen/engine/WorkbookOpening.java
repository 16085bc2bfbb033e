package org.jifen.engine;

import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a reader sees first when the workbook opens must be the sheet that scores (ADR 0234, attack tryout 11, N4): an
 * honest-looking copy made the open tab with the sheet tabs hidden showed a plan without the veto that the first sheet
 * scored. So the workbook must show its sheet tabs and open on the first sheet, and besides the plan it may hold only
 * the template's 测试 and 填写说明 sheets; any other sheet with content could be read as the plan and is refused.
 * A setting of the whole workbook is said at no line (line 0, ADR 0237).
 */
final class WorkbookOpening {

    /** The sheets of the template besides the plan: the plan's tests and the instructions. */
    private static final Set<String> TEMPLATE_SHEETS = Set.of(SheetTests.SHEET, "填写说明");

    private WorkbookOpening() {
    }

    static void of(String file, Workbook book, List<PlanProblem> problems) {
        if (book.isSheetHidden(0) || book.isSheetVeryHidden(0)) {
            return; // refused as a hidden sheet, which says to start again from the template
        }
        String plan = book.getSheetName(0);
        if (!tabsShown(book)) {
            problems.add(new PlanProblem(file, 0, "表格设成了不显示工作表标签，看表的人不知道还有别的工作表，而系统计分的是第一张表「"
                    + plan + "」：请在 Excel 里点「文件」→「选项」→「高级」，勾选「显示工作表标签」（WPS：「文件」→「选项」→「视图」），"
                    + "保存后再上传"));
        }
        if (book.getActiveSheetIndex() != 0) {
            problems.add(new PlanProblem(file, 0, "表格打开时显示的是工作表「" + book.getSheetName(book.getActiveSheetIndex())
                    + "」，而系统计分的是第一张表「" + plan + "」：看表的人会把打开时看到的当成方案。请点第一个工作表标签「" + plan
                    + "」，保存后再上传"));
        }
        for (int s = 1; s < book.getNumberOfSheets(); s++) {
            String name = book.getSheetName(s);
            int line = HiddenSheetContent.firstFilledRow(book.getSheetAt(s));
            if (line > 0 && !book.isSheetHidden(s) && !book.isSheetVeryHidden(s) && !TEMPLATE_SHEETS.contains(name.strip())) {
                problems.add(new PlanProblem(file, line, "工作表「" + name + "」不是方案的一部分，系统不会读它计分（只读第一张表「"
                        + plan + "」，另有「测试」「填写说明」两张表），看表的人却可能把它当成方案：请删除这个工作表"
                        + "（右键工作表标签 →「删除」），要保留的内容放到「" + plan + "」表的下方或另存一个文件"));
            }
        }
    }

    private static boolean tabsShown(Workbook book) {
        if (book instanceof XSSFWorkbook xssf) {
            var views = xssf.getCTWorkbook().getBookViews();
            return views == null || views.sizeOfWorkbookViewArray() == 0
                    || views.getWorkbookViewArray(0).getShowSheetTabs();
        }
        if (book instanceof HSSFWorkbook hssf) {
            return hssf.getInternalWorkbook().getWindowOne().getDisplayTabs();
        }
        return true;
    }
}
