package org.jifen.engine;

import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * What can change how a plan sheet's cells look besides their own formatting (ADR 0221, attack tryout 10, NEW-1): a
 * conditional format (「LEN(K11)>0」 turned a veto's text white), a table style, shapes, pictures and text boxes that
 * sit over cells, comments shown over them, a background picture, controls. None is needed to write a plan, so a sheet
 * that holds content and any of them is refused (fail closed), once per kind, saying how to remove it in Excel or WPS.
 */
final class SheetOverlays {

    private SheetOverlays() {
    }

    static void of(String file, Sheet sheet, int firstFilled, List<PlanProblem> problems) {
        String name = "工作表「" + sheet.getSheetName() + "」";
        String unseen = "，会改变格子显示的样子，可能让写着的内容看不到，系统却照样会读：方案里不能有看不清的内容。";
        if (sheet.getNumMergedRegions() > HiddenSheetContent.MOST_MERGED) {
            problems.add(new PlanProblem(file, firstFilled, name + "有 " + sheet.getNumMergedRegions() + " 处合并单元格"
                    + "（最多 " + HiddenSheetContent.MOST_MERGED + " 处），被合并盖住的格子看不到：请全选这个工作表，点「开始」→"
                    + "「合并居中」取消合并"));
        }
        ConditionalFormatting first = sheet.getSheetConditionalFormatting().getNumConditionalFormattings() > 0
                ? sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0) : null;
        var drawing = sheet.getDrawingPatriarch();
        boolean shapes = drawing != null && drawing.iterator().hasNext();
        if (!(sheet instanceof XSSFSheet xssf)) {
            if (first != null) {
                problems.add(conditional(file, firstFilled, name, first, unseen));
            }
            if (shapes) {
                problems.add(shapes(file, firstFilled, name));
            }
            return;
        }
        CTWorksheet ct = xssf.getCTWorksheet();
        if (first != null || ct.isSetExtLst() && ct.getExtLst().xmlText().contains("conditionalFormatting")) {
            problems.add(conditional(file, firstFilled, name, first, unseen));
        }
        List<XSSFTable> tables = xssf.getTables();
        if (!tables.isEmpty()) {
            String area = tables.get(0).getArea() == null ? "" : "（" + tables.get(0).getArea().formatAsString() + "）";
            problems.add(new PlanProblem(file, firstFilled, name + "里有套用了表格格式的区域" + area + unseen
                    + "请点这个区域里的一格，在「表格工具」（或「表设计」）里点「转换为区域」，再看清每一格写的是什么"));
        }
        if (shapes || ct.isSetOleObjects() || ct.isSetControls()) {
            problems.add(shapes(file, firstFilled, name));
        }
        XSSFComment shown = xssf.getCellComments().values().stream().filter(XSSFComment::isVisible).findFirst()
                .orElse(null);
        if (shown != null) {
            problems.add(new PlanProblem(file, shown.getRow() + 1, shown.getAddress().formatAsString(), name + "单元格 "
                    + shown.getAddress().formatAsString() + " 的批注设成了一直显示，会盖住旁边的格子，可能挡住写着的内容。"
                    + "请右键这一格 →「隐藏批注」（或删除批注），再看清每一格写的是什么"));
        }
        if (ct.isSetPicture()) {
            problems.add(new PlanProblem(file, firstFilled, name + "设了背景图片，会让格子里的字看不清，系统却照样会读："
                    + "方案里不能有看不清的内容。请点「页面布局」→「删除背景」"));
        }
    }

    private static PlanProblem shapes(String file, int line, String name) {
        return new PlanProblem(file, line, name + "里有图片、图形、文本框或控件，它们会盖在格子上面，可能挡住写着的内容，"
                + "系统却照样会读：方案里不能有看不清的内容。请按 F5 →「定位条件」→「对象」，选中后按 Delete 删除，"
                + "再看清每一格写的是什么");
    }

    private static PlanProblem conditional(String file, int line, String name, ConditionalFormatting first,
            String unseen) {
        String where = first == null || first.getFormattingRanges().length == 0 ? ""
                : "（例如 " + first.getFormattingRanges()[0].formatAsString() + "）";
        return new PlanProblem(file, line, name + "设了条件格式" + where + unseen + "请点「开始」→「条件格式」→「清除规则」→"
                + "「清除整个工作表的规则」，再看清每一格写的是什么");
    }
}
