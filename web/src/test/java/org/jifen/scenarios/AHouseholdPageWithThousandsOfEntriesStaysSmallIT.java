package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A household's public page (no login, the card's link) stays as small for a month of thousands of entries as for a
 * month of a few dozen: it shows each month's figures over every entry and its first entries, and the month's whole
 * list by pages (outside tryout F13: 61 s and 26.7 MB for one view). Staff's record page lists the month's latest
 * entries only. The sizes measured are written to target/household-page-sizes.txt.
 */
@AppTest
class AHouseholdPageWithThousandsOfEntriesStaysSmallIT {

    private static final Pattern ENTRY = Pattern.compile("记录号 \\d+");
    private static final int MANY = 2_000;

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void theHouseholdsPagesAreBoundedAndItsMonthIsReadByPages() throws IOException {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long few = township.aHouseholdIn(village, "一组", "王少");
        long many = township.aHouseholdIn(village, "一组", "李多");
        Api staff = township.aUser("STAFF", village);
        record(staff, village, few, 25);
        record(staff, village, many, MANY);
        String month = YearMonth.now(clock).toString();
        Browser phone = township.browser();

        Browser.Page small = phone.get(QrCodes.decode(staff.get(card(village, few)).body()));
        String link = QrCodes.decode(staff.get(card(village, many)).body());
        Browser.Page large = phone.get(link);

        assertThat(large.status()).isEqualTo(200);
        assertThat(bytes(large)).as("bounded whatever the month holds").isLessThan(bytes(small) * 3 / 2);
        assertThat(ENTRY.matcher(large.body()).results().count()).isEqualTo(20);
        assertThat(large.body()).contains("本月共 " + MANY + " 条记录，上面是前 20 条")
                .contains("合计 <b>100</b>").contains("?month=" + month + "&amp;page=1");

        List<String> seen = new ArrayList<>();
        int largestPage = 0;
        for (int page = 1; page <= MANY / 100; page++) {
            Browser.Page one = phone.get(link + "?month=" + month + "&page=" + page);
            assertThat(one.status()).isEqualTo(200);
            ENTRY.matcher(one.body()).results().forEach(entry -> seen.add(entry.group()));
            assertThat(one.body()).contains("第 " + page + " / " + MANY / 100 + " 页");
            largestPage = Math.max(largestPage, bytes(one));
        }
        assertThat(seen).as("every entry once, over the pages").hasSize(MANY).doesNotHaveDuplicates();
        Browser.Page beyond = phone.get(link + "?month=" + month + "&page=999");
        assertThat(ENTRY.matcher(beyond.body()).results().count()).isZero();
        assertThat(phone.get(link + "?month=abc&page=-1").status()).as("unreadable: the household's page").isEqualTo(200);
        assertThat(phone.get(link + "?month=2031-01").body()).contains("本户这个月没有积分记录");

        Township.Login login = township.aLogin("STAFF", village);
        Browser staffPhone = township.browser();
        staffPhone.postForm("/login", Map.of("username", login.username(), "password", login.password(),
                "_csrf", staffPhone.csrf()));
        Browser.Page recordPage = staffPhone.get("/v/" + village + "/households/" + many + "/record");
        assertThat(recordPage.status()).as(recordPage.toString()).isEqualTo(200);
        assertThat(recordPage.body()).contains("本月共 " + MANY + " 条记录，这里列出最近 30 条");
        assertThat(bytes(recordPage)).isLessThan(100_000);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "household-page-sizes.txt"), String.format(
                "household page: %d bytes with 25 entries, %d bytes with %d entries; a page of 100 entries at most %d"
                        + " bytes; staff's record page with %d entries: %d bytes%n",
                bytes(small), bytes(large), MANY, largestPage, MANY, bytes(recordPage)));
    }

    private void record(Api staff, String village, long household, int count) {
        for (int from = 0; from < count; from += 500) {
            List<Object> events = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                events.add(json("eventId", "many-" + household + "-" + i, "householdId", household,
                        "type", "参加村民大会", "occurredOn", LocalDate.now(clock).toString()));
            }
            Api.Reply batch = staff.post("/api/villages/" + village + "/events:batch", json("events", events));
            assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        }
    }

    private static int bytes(Browser.Page page) {
        return page.body().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String card(String village, long household) {
        return "/api/villages/" + village + "/households/" + household + "/card";
    }
}
