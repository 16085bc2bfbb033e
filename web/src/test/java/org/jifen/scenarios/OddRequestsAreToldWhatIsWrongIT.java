package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.jifen.support.hostile.RawHttp;
import org.jifen.support.hostile.RawRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Odd requests from outside (attack tryout 7, m2) were refused, but with a reason that was not theirs: many tiny
 * parts were "too large", an empty file name "too long", a wrong value a missing parameter, a date told the month's
 * form, an encoded slash told to encode its Chinese. And a simulation of the year 0000 was answered. Each is now told
 * what is wrong with it.
 */
@AppTest
class OddRequestsAreToldWhatIsWrongIT {

    private static final String BOUNDARY = "----jifen-odd";

    @Autowired
    Township township;

    @Autowired
    Environment environment;

    @Test
    void eachOddRequestIsToldWhatIsWrongWithIt() {
        String village = township.aVillage();
        int version = township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        RawHttp http = new RawHttp("http://localhost:" + environment.getProperty("local.server.port"), "admin",
                Township.ADMIN_PASSWORD);
        String ruleSets = "/api/villages/" + village + "/rule-sets";

        RawHttp.Answer manyParts = http.send(multipart(ruleSets, 2000, "a.drl"));
        RawHttp.Answer noName = http.send(multipart(ruleSets, 1, ""));
        RawHttp.Answer maybe = http.send(new RawRequest("POST", ruleSets + "/" + version + "/activate?dryRun=maybe",
                null, new byte[0], "dryRun=maybe"));
        RawHttp.Answer thirtiethOfFebruary = http.send(new RawRequest("GET",
                "/api/township/audit-log?from=2026-02-30", null, new byte[0], "from=2026-02-30"));
        RawHttp.Answer encodedSlash = http.send(new RawRequest("GET", "/api/villages/" + village
                + "%2F..%2Fyangjiazhuang/rule-sets", null, new byte[0], "an encoded slash"));
        RawHttp.Answer yearZero = http.send(new RawRequest("GET", ruleSets + "/" + version + "/simulation?month=0000-01",
                null, new byte[0], "month=0000-01"));
        RawHttp.Answer year1900 = http.send(new RawRequest("GET", ruleSets + "/" + version + "/simulation?month=1900-01",
                null, new byte[0], "month=1900-01"));

        assertThat(manyParts.status()).as(manyParts.toString()).isEqualTo(413);
        assertThat(manyParts.body()).contains("合计最多 40 个").doesNotContain("256 KB");
        assertThat(noName.status()).as(noName.toString()).isEqualTo(422);
        assertThat(noName.body()).contains("文件没有名字").doesNotContain("太长");
        assertThat(maybe.status()).as(maybe.toString()).isEqualTo(400);
        assertThat(maybe.body()).contains("「dryRun」的值「maybe」不对：只能写 true").doesNotContain("缺少");
        assertThat(thirtiethOfFebruary.status()).as(thirtiethOfFebruary.toString()).isEqualTo(400);
        assertThat(thirtiethOfFebruary.body()).contains("「from」的值「2026-02-30」", "日期写成 2024-07-15")
                .doesNotContain("月份写成");
        assertThat(encodedSlash.status()).as(encodedSlash.toString()).isEqualTo(400);
        assertThat(encodedSlash.body()).contains("这个地址不允许使用", "%2F").doesNotContain("UTF-8");
        assertThat(yearZero.status()).as(yearZero.toString()).isEqualTo(422);
        assertThat(yearZero.body()).contains("simulation-month-implausible", "试算月份 0000-01 不合理");
        assertThat(year1900.status()).as(year1900.toString()).isEqualTo(422);
        for (RawHttp.Answer answer : new RawHttp.Answer[] {manyParts, noName, maybe, thirtiethOfFebruary,
                encodedSlash, yearZero, year1900}) {
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.hasChineseDetail()).as(answer.toString()).isTrue();
        }
    }

    /**
     * Attack tryout 9, F6: a 1.4 KB plan file named with 250 Chinese characters was told 「上传的文件过大……方案文件每个最多
     * 256 KB」: Tomcat refused the part's header (512 bytes) before the name's own check spoke. The name is told it is
     * too long, the one check's words up to a name of a thousand characters, past that by the upload's own refusal.
     */
    @Test
    void aFileWithTooLongANameIsToldItsNameIsTooLongNotThatItIsTooLarge() {
        String village = township.aVillage();
        RawHttp http = new RawHttp("http://localhost:" + environment.getProperty("local.server.port"), "admin",
                Township.ADMIN_PASSWORD);
        String ruleSets = "/api/villages/" + village + "/rule-sets";

        RawHttp.Answer longName = http.send(multipart(ruleSets, 1, "长".repeat(250) + ".drl"));
        RawHttp.Answer veryLongName = http.send(multipart(ruleSets, 1, "长".repeat(2000) + ".drl"));

        assertThat(longName.status()).as(longName.toString()).isEqualTo(422);
        assertThat(longName.body()).contains("文件名太长：最多 120 个字").doesNotContain("过大", "256 KB");
        assertThat(veryLongName.status()).as(veryLongName.toString()).isEqualTo(400);
        assertThat(veryLongName.body()).contains("文件名太长，未保存任何内容", "方案文件名最多 120 个字")
                .doesNotContain("过大", "256 KB");
        for (RawHttp.Answer answer : new RawHttp.Answer[] {longName, veryLongName}) {
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.hasChineseDetail()).as(answer.toString()).isTrue();
        }
    }

    /**
     * A number too large for its place (eighth outside attack: a version 2147483648 was told 「须是整数」) is told it is
     * too large, with the limit, in a path, a parameter and a JSON body alike.
     */
    @Test
    void aNumberTooLargeIsToldItsLimitWhereverItIsWritten() {
        String village = township.aVillage();
        int version = township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        RawHttp http = new RawHttp("http://localhost:" + environment.getProperty("local.server.port"), "admin",
                Township.ADMIN_PASSWORD);
        String ruleSets = "/api/villages/" + village + "/rule-sets";

        RawHttp.Answer inThePath = http.send(new RawRequest("GET", ruleSets + "/2147483648", null, new byte[0],
                "version 2147483648"));
        RawHttp.Answer inAParameter = http.send(new RawRequest("GET", ruleSets + "/" + version
                + "/diff?from=99999999999999999999", null, new byte[0], "from=99999999999999999999"));
        RawHttp.Answer inTheBody = http.send(new RawRequest("POST", "/api/villages/" + village + "/events",
                "application/json", ("{\"eventId\": \"e-huge\", \"householdId\": 1, \"type\": \"参加村民大会\", "
                        + "\"occurredOn\": \"2026-11-02\", \"quantity\": 99999999999999999999}")
                        .getBytes(StandardCharsets.UTF_8), "quantity 99999999999999999999"));

        assertThat(inThePath.status()).as(inThePath.toString()).isEqualTo(400);
        assertThat(inThePath.body()).contains("「version」的值「2147483648」太大了：最大是 2147483647")
                .doesNotContain("须是整数");
        assertThat(inAParameter.status()).as(inAParameter.toString()).isEqualTo(400);
        assertThat(inAParameter.body()).contains("「from」的值「99999999999999999999」太大了：最大是 2147483647");
        assertThat(inTheBody.status()).as(inTheBody.toString()).isEqualTo(400);
        assertThat(inTheBody.body()).contains("字段「quantity」的值「99999999999999999999」太大了：最大是 2147483647")
                .doesNotContain("须是整数");
        for (RawHttp.Answer answer : new RawHttp.Answer[] {inThePath, inAParameter, inTheBody}) {
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        }
    }

    /** An upload of {@code parts} one-byte files named {@code name}. */
    private static RawRequest multipart(String path, int parts, String name) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < parts; i++) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new RawRequest("POST", path, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray(),
                parts + " parts named \"" + name + "\"");
    }
}
