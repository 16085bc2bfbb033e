package org.jifen.household;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.jifen.sheet.Sheets;
import org.jifen.village.Village;

/**
 * The spreadsheet a village's clerk fills in to import its households (家庭户登记表.xlsx): the header row the import
 * reads, two worked rows in the village's own groups, and a sheet 填写说明. Imported as it is, it registers the two
 * example households, so it is a valid file.
 */
public final class HouseholdTemplate {

    public static final String FILE_NAME = "家庭户登记表.xlsx";

    private HouseholdTemplate() {
    }

    public static byte[] xlsx(Village village, HouseholdImportSettings limits) {
        List<String> groups = village.getGroups();
        String first = groups.isEmpty() ? "一组" : groups.get(0);
        String second = groups.size() < 2 ? first : groups.get(1);
        String central = village.getCentralVillages().isEmpty() ? "" : village.getCentralVillages().get(0);
        return Sheets.xlsx(book -> {
            Sheet sheet = book.createSheet("家庭户");
            CellStyle header = Sheets.style(book, IndexedColors.LIGHT_YELLOW, true);
            Sheets.row(sheet, 0, header, Arrays.stream(HouseholdField.values()).map(HouseholdField::label)
                    .toArray(String[]::new));
            Sheets.row(sheet, 1, null, "01-001", "王建华", first, central, "是", "有", "3", "4", "党员户、文明家庭");
            Sheets.row(sheet, 2, null, "02-015", "李秀英", second, "", "是", "无", "1", "2", "");
            for (int column = 0; column < HouseholdField.values().length; column++) {
                sheet.setColumnWidth(column, (column == HouseholdField.values().length - 1 ? 24 : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheets.instructions(book, "填写说明", List.of(
                    village.getName() + " 家庭户登记表 填写说明",
                    "1. 第一行是表头，请不要改动；从第二行起每行填写一户。第 2、3 行是示例，填写前请删除或改成本村的家庭户。",
                    "2. 户号：本村内每户唯一，例如「01-001」。再次导入时，户号相同的行会更新该户的登记信息，每项改动都会记录。",
                    "3. 户主姓名、村民小组、本地户籍、宅基地、常住人口必须填写。",
                    "4. 村民小组必须是本村的小组：" + (groups.isEmpty() ? "（本村未登记小组名单）" : String.join("、", groups)) + "。",
                    "5. 自然村（中心村）可不填；填写时必须是本村的：" + (village.getCentralVillages().isEmpty()
                            ? "（本村未登记自然村名单）" : String.join("、", village.getCentralVillages())) + "。",
                    "6. 本地户籍填「是」或「否」；宅基地填「有」或「无」（也可填「是」「否」）。",
                    "7. 常住人口、家庭人口填 0 到 99 的整数；家庭人口不填时按常住人口计。",
                    "8. 同时具备本地户籍、宅基地房屋且常住人口至少 1 人的家庭户才参加积分。",
                    "9. 标签可不填，多个标签用顿号「、」或逗号分隔，例如「党员户、低保户」。",
                    "10. 也可以另存为 CSV 上传（「CSV UTF-8」或普通「CSV」均可）。文件不超过 " + limits.maxFileSize().toKilobytes()
                            + " KB，一次最多 " + limits.maxRows() + " 户。",
                    "11. 只要有一行填错，整个文件都不会导入；系统会列出每一处错误的行号和列，改正后重新上传即可。"));
        });
    }
}
