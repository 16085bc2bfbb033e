package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.jifen.engine.PlanFile;
import org.jifen.sheet.Sheets;
import org.jifen.sheet.Table;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A village's clerk brings the household register the village already keeps, as a spreadsheet or as CSV saved by
 * Excel, and imports it whole: every row or none, each bad cell named, and a second import updates what changed.
 */
@AppTest
class HouseholdImportIT {

    private static final String HEADER = "户号,户主姓名,村民小组,自然村,本地户籍,宅基地,常住人口,家庭人口,标签\r\n";
    private static final String THREE_HOUSEHOLDS = HEADER
            + "01-001,王建华,一组,中心村,是,有,3,4,党员户、文明家庭\r\n"
            + "01-002,张秀英,一组,,是,有,2,2,\r\n"
            + "02-001,李国强,二组,,否,有,4,5,\"低保户,退役军人户\"\r\n";

    @Autowired
    Township township;

    @Test
    void aCsvSavedAsUtf8WithABomRegistersEveryHousehold() {
        String village = township.aVillage();

        Api.Reply imported = importFile(village, "登记表.csv",
                ("\uFEFF" + THREE_HOUSEHOLDS).getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported)).containsExactly(3, 0, 0);
        JsonNode households = township.api().get("/api/villages/" + village + "/households").json();
        assertThat(households.findValuesAsString("headName")).containsExactly("王建华", "张秀英", "李国强");
        assertThat(households.get(0).at("/tags").findValuesAsString("")).isEmpty();
        assertThat(households.get(0).at("/tags").toString()).contains("党员户", "文明家庭");
        assertThat(households.get(0).at("/members").asInt()).isEqualTo(4);
        assertThat(households.get(1).at("/centralVillage").isNull()).isTrue();
        assertThat(households.get(2).at("/eligible").asBoolean()).isFalse();
        assertThat(households.get(2).at("/tags").size()).isEqualTo(2);
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsInGbkReadsTheSame() {
        String village = township.aVillage();

        Api.Reply imported = importFile(village, "登记表.csv", THREE_HOUSEHOLDS.getBytes(Charset.forName("GBK")));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported)).containsExactly(3, 0, 0);
        assertThat(township.api().get("/api/villages/" + village + "/households?group=二组").json()
                .findValuesAsString("headName")).containsExactly("李国强");
    }

    @Test
    void theVillagesTemplateIsAWorkbookThatImportsItsTwoWorkedRows() {
        String village = township.aVillage();
        byte[] template = township.api().download("/api/villages/" + village + "/household-template.xlsx");
        Table read = Table.read("家庭户登记表.xlsx", template);
        assertThat(read.rows().get(0).cells()).containsExactly("户号", "户主姓名", "村民小组", "自然村", "本地户籍", "宅基地",
                "常住人口", "家庭人口", "标签");
        assertThat(read.rows()).hasSize(3);

        Api.Reply imported = importFile(village, "家庭户登记表.xlsx", template);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported)).containsExactly(2, 0, 0);
        JsonNode households = township.api().get("/api/villages/" + village + "/households").json();
        assertThat(households.findValuesAsString("group")).containsExactly("一组", "二组");
        assertThat(households.findValuesAsString("headName")).containsExactly("王建华", "李秀英");
    }

    @Test
    void aWorkbookKeptByTheClerkWithATitleRowIsReadByItsHeaders() {
        String village = township.aVillage();
        byte[] workbook = Sheets.xlsx(book -> {
            Sheet sheet = book.createSheet("2024年家庭户");
            Sheets.row(sheet, 0, null, "测试村家庭户花名册（2024年）");
            Sheets.row(sheet, 1, null, "序号", "户号", "户主", "村民小组", "本地户籍", "宅基地", "常住人口");
            Sheets.row(sheet, 2, null, "1", "03-001", "赵玉兰", "二组", "是", "是", "1");
            sheet.createRow(3).createCell(1).setCellValue("03-002");
            Sheets.row(sheet, 4, null, "", "", "", "", "", "", "");
            sheet.getRow(3).createCell(2).setCellValue("孙德胜");
            sheet.getRow(3).createCell(3).setCellValue("一组");
            sheet.getRow(3).createCell(4).setCellValue("是");
            sheet.getRow(3).createCell(5).setCellValue("无");
            sheet.getRow(3).createCell(6).setCellValue(2);
        });

        Api.Reply imported = importFile(village, "花名册.xlsx", workbook);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported)).containsExactly(2, 0, 0);
        JsonNode households = township.api().get("/api/villages/" + village + "/households").json();
        assertThat(households.findValuesAsString("householdNo")).containsExactly("03-002", "03-001");
        assertThat(households.get(0).at("/permanentResidents").asInt()).isEqualTo(2);
        assertThat(households.get(0).at("/eligible").asBoolean()).isFalse();
    }

    @Test
    void aFileWithSeveralBadRowsIsRefusedNamingEachAndNothingIsStored() {
        String village = township.aVillage();
        String csv = HEADER
                + "01-001,王建华,一组,,是,有,3,4,\r\n"
                + "01-002,张秀英,三组,,是,有,2,2,\r\n"
                + "01-003,,一组,,是,有,2,2,\r\n"
                + "01-004,陈志明,二组,,是,有,两,2,\r\n"
                + "01-001,王建华,一组,,是,有,3,4,\r\n";

        Api.Reply refused = importFile(village, "有错.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/type")).endsWith("/household-import-refused");
        assertThat(refused.text("/detail")).contains("4 处问题").contains("都没有保存");
        JsonNode errors = refused.json().at("/errors");
        assertThat(errors.findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 4, 5, 6);
        assertThat(errors.findValuesAsString("file")).containsOnly("有错.csv");
        assertThat(errors.findValuesAsString("message")).containsExactly(
                "第3行 C列 村民小组“三组”不是本村的村民小组（本村：一组、二组）",
                "第4行 B列 户主姓名不能为空",
                "第5行 G列 常住人口“两”，应填 0 到 99 的整数",
                "第6行 A列 户号“01-001”与第2行重复");
        assertThat(township.api().get("/api/villages/" + village + "/households").json().size()).isZero();
    }

    @Test
    void rowsWithSpacesInsideTheHouseholdNumberOrMoreResidentsThanMembersAreNamedAndSpacesAroundItAreDropped() {
        String village = township.aVillage();
        String csv = HEADER
                + "\u3000 01-001 ,王建华,一组,,是,有,3,4,\r\n"
                + "01 002,张秀英,一组,,是,有,2,2,\r\n"
                + "01-003,李国强,二组,,是,有,5,2,\r\n";

        Api.Reply refused = importFile(village, "登记表.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors").findValuesAsString("message")).containsExactly(
                "第3行 A列 户号“01 002”中间有空格，请去掉空格或改用短横线（例如“01-002”）",
                "第4行 G列 常住人口（5）多于家庭人口（2），常住的人应当是家庭成员中的一部分，请核对");
        assertThat(township.api().get("/api/villages/" + village + "/households").json().size()).isZero();

        Api.Reply fixed = importFile(village, "登记表.csv", csv.replace("01 002", "01-002").replace(",5,2,", ",2,5,")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(township.api().get("/api/villages/" + village + "/households").json()
                .findValuesAsString("householdNo")).containsExactly("01-001", "01-002", "01-003");
    }

    @Test
    void importingAgainUpdatesTheHouseholdsThatChangedAndRecordsEachChange() {
        String village = township.aVillage();
        importFile(village, "2024年.csv", THREE_HOUSEHOLDS.getBytes(StandardCharsets.UTF_8));
        long wang = idOf(village, "01-001");
        String nextYear = HEADER
                + "01-001,王建华,二组,中心村,是,无,3,4,党员户、文明家庭\r\n"
                + "01-002,张秀英,一组,,是,有,2,2,\r\n"
                + "02-001,李国强,二组,,否,有,4,5,\"低保户,退役军人户\"\r\n"
                + "02-002,周丽华,二组,,是,有,1,1,\r\n";

        Api.Reply imported = importFile(village, "2025年.csv", nextYear.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported)).containsExactly(1, 1, 2);
        JsonNode changes = township.api().get("/api/villages/" + village + "/households/" + wang + "/changes").json();
        assertThat(changes.findValuesAsString("field")).containsExactly("group", "homestead");
        assertThat(changes.findValuesAsString("oldValue")).containsExactly("一组", "true");
        assertThat(changes.findValuesAsString("newValue")).containsExactly("二组", "false");
        assertThat(changes.findValuesAsString("reason")).containsOnly("导入「2025年.csv」");
        assertThat(changes.findValuesAsString("changedBy")).containsOnly("admin");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + idOf(village, "01-002")
                + "/changes").json().size()).isZero();
        assertThat(township.api().get("/api/villages/" + village + "/households/" + wang).json().at("/eligible")
                .asBoolean()).isFalse();
        assertThat(counts(importFile(village, "2025年.csv", nextYear.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(0, 0, 4);
    }

    @Test
    void fiveThousandHouseholdsImportInOneGoAndOneMoreIsTooMany() {
        String village = township.aVillage();

        Api.Reply imported = importFile(village, "全村.csv", households(5_000).getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(counts(imported)).containsExactly(5_000, 0, 0);
        Api.Reply tooMany = importFile(township.aVillage(), "太多.csv",
                households(5_001).getBytes(StandardCharsets.UTF_8));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(413);
        assertThat(tooMany.text("/detail")).contains("5001 行").contains("最多导入 5000 行");
    }

    @Test
    void filesBeyondTheLimitsOrUnreadableAreRefusedClearly() {
        String village = township.aVillage();
        byte[] huge = (HEADER + "01-001,王建华,一组,,是,有,3,4," + "x".repeat(2 * 1024 * 1024) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] garbled = {(byte) 0xC4, (byte) 0x80, (byte) 0xFF, (byte) 0xFF, 0x41, (byte) 0x80};

        Api.Reply tooLarge = importFile(village, "太大.csv", huge);
        Api.Reply unreadable = importFile(village, "乱码.csv", garbled);
        Api.Reply longName = importFile(village, "长.csv", (HEADER + "01-001," + "王".repeat(41)
                + ",一组,,是,有,3,4,\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Reply noFile = township.api().upload("/api/villages/" + village + "/households:import", "files",
                new PlanFile("登记表.csv", THREE_HOUSEHOLDS.getBytes(StandardCharsets.UTF_8)));

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.text("/detail")).contains("太大");
        assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(422);
        assertThat(unreadable.text("/detail")).contains("乱码.csv").contains("GB18030");
        assertThat(longName.status()).isEqualTo(422);
        assertThat(longName.text("/errors/0/message")).isEqualTo("第2行 B列 户主姓名“" + "王".repeat(20)
                + "…”超过 40 个字");
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(township.aUser("AUDITOR", null).upload("/api/villages/" + village + "/households:import", "file",
                new PlanFile("登记表.csv", THREE_HOUSEHOLDS.getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(403);
        assertThat(township.api().get("/api/villages/" + village + "/households").json().size()).isZero();
    }

    private Api.Reply importFile(String village, String name, byte[] content) {
        return township.api().upload("/api/villages/" + village + "/households:import", "file",
                new PlanFile(name, content));
    }

    private long idOf(String village, String householdNo) {
        for (JsonNode household : township.api().get("/api/villages/" + village + "/households").json()) {
            if (household.at("/householdNo").asString().equals(householdNo)) {
                return household.at("/id").asLong();
            }
        }
        throw new AssertionError("no household " + householdNo);
    }

    private static List<Integer> counts(Api.Reply reply) {
        JsonNode json = reply.json();
        return List.of(json.at("/created").asInt(), json.at("/updated").asInt(), json.at("/unchanged").asInt());
    }

    private static String households(int count) {
        return HEADER + IntStream.rangeClosed(1, count)
                .mapToObj(n -> String.format("%05d,户主%d,%s,,是,有,%d,%d,%s", n, n, n % 2 == 0 ? "一组" : "二组",
                        n % 5, n % 5 + 1, n % 7 == 0 ? "党员户" : ""))
                .collect(Collectors.joining("\r\n"));
    }
}
