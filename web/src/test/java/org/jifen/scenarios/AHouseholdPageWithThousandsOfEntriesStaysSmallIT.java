package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A household's public page (no login, the card's link) stays as small for a month of thousands of entries as for a
 * month of a few dozen: it shows each month's figures over every entry and its first entries, and the month's whole
 * list by pages (outside tryout F13: 61 s and 26.7 MB for one view).
 */
@AppTest
class AHouseholdPageWithThousandsOfEntriesStaysSmallIT {

    private static final Logger log = LoggerFactory.getLogger(AHouseholdPageWithThousandsOfEntriesStaysSmallIT.class);
    private static final Pattern ENTRY = Pattern.compile("记录号 \\d+");
    private static final int MANY = 2_000;

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void theHouseholdsPageIsBoundedAndItsMonthIsReadByPages() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long few = township.aHouseholdIn(village, "一组", "王少");
        long many = township.aHouseholdIn(village, "一组", "李多");
        Api staff = township.aUser("STAFF", village);
        record(staff, village, few, 25, null);
        record(staff, village, many, MANY, null);
        Browser phone = township.browser();

        Browser.Page small = phone.get(QrCodes.decode(staff.get(card(village, few)).body()));
        String link = QrCodes.decode(staff.get(card(village, many)).body());
        Browser.Page large = phone.get(link);

        assertThat(large.status()).isEqualTo(200);
        int smallBytes = small.body().getBytes(StandardCharsets.UTF_8).length;
        int largeBytes = large.body().getBytes(StandardCharsets.UTF_8).length;
        log.info("Household page: {} bytes with 25 entries, {} bytes with {} entries", smallBytes, largeBytes, MANY);
        assertThat(largeBytes).as("bounded whatever the month holds").isLessThan(smallBytes * 3 / 2);
        assertThat(ENTRY.matcher(large.body()).results().count()).isEqualTo(20);
        assertThat(large.body()).contains("本月共 " + MANY + " 条记录，上面是前 20 条")
                .contains("合计 <b>100</b>").contains("?month=2024-07&amp;page=1");

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= MANY / 100; page++) {
            Browser.Page one = phone.get(link + "?month=2024-07&page=" + page);
            assertThat(one.status()).isEqualTo(200);
            ENTRY.matcher(one.body()).results().forEach(entry -> seen.add(entry.group()));
            assertThat(one.body()).contains("第 " + page + " / " + MANY / 100 + " 页");
        }
        assertThat(seen).as("every entry once, over the pages").hasSize(MANY).doesNotHaveDuplicates();
        Browser.Page beyond = phone.get(link + "?month=2024-07&page=999");
        assertThat(ENTRY.matcher(beyond.body()).results().count()).isZero();
        assertThat(phone.get(link + "?month=abc&page=-1").status()).as("unreadable: the household's page").isEqualTo(200);
        assertThat(phone.get(link + "?month=2031-01").body()).contains("本户这个月没有积分记录");
    }

    @Test
    void staffsRecordPageListsTheMonthsLatestEntriesOnly() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long many = township.aHouseholdIn(village, "一组", "李多");
        record(township.aUser("STAFF", village), village, many, 1_000, LocalDate.now(clock));
        Township.Login staff = township.aLogin("STAFF", village);
        Browser phone = township.browser();
        phone.postForm("/login", java.util.Map.of("username", staff.username(), "password", staff.password(),
                "_csrf", phone.csrf()));

        Browser.Page page = phone.get("/v/" + village + "/households/" + many + "/record");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        log.info("Staff's record page: {} bytes with 1000 entries", page.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(page.body()).contains("本月共 1000 条记录，这里列出最近 30 条");
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
    }

    /** {@code count} events, on {@code day} or else over the days of July 2024. */
    private static void record(Api staff, String village, long household, int count, @Nullable LocalDate day) {
        for (int from = 0; from < count; from += 500) {
            List<Object> events = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                events.add(json("eventId", "many-" + household + "-" + i, "householdId", household,
                        "type", "参加村民大会", "occurredOn", day != null ? day.toString()
                                : "2024-07-" + String.format("%02d", 1 + i % 28)));
            }
            Api.Reply batch = staff.post("/api/villages/" + village + "/events:batch", json("events", events));
            assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        }
    }

    private static String card(String village, long household) {
        return "/api/villages/" + village + "/households/" + household + "/card";
    }
}
