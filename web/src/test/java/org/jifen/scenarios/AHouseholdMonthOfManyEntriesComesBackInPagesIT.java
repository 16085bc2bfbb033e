package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A household's month of many entries comes back a page at a time, with its figures over every entry on each page
 * (ADR 0220): the seventh outside attack's household month was one answer of 11.6 MB, and 15 to 45 of them at once
 * filled a 1 GB heap and every database connection. A month of a few entries answers as it always did, whole. The
 * sizes and the memory of the answers are written to target/household-month-answer-sizes.txt
 * ({@code -Djifen.bench.entries=20000} for the month ADR 0220 measured).
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class AHouseholdMonthOfManyEntriesComesBackInPagesIT {

    private static final int MANY = Integer.getInteger("jifen.bench.entries", 1_234);

    /** One point for a meeting, one bonus point for every tenth, and a deduction for a fire. */
    private static final PlanFile PLAN = PlanFile.of("会议.drl", """
            package villages.test;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;

            rule "参加村民大会"
            when
                Event( type == "参加村民大会" )
            then
                awards.add(1, "村民议事");
            end
            rule "主持村民大会"
            when
                Event( type == "主持村民大会" )
            then
                awards.bonus(1, "村民议事");
            end
            rule "焚烧秸秆"
            when
                Event( type == "焚烧秸秆" )
            then
                awards.add(-5, "人居环境");
            end
            """);

    @Autowired
    Township township;

    @Test
    void aMonthOfManyEntriesComesBackInPagesWhoseFiguresCountThemAll() throws IOException {
        String village = township.aVillage();
        township.anActivePlan(village, PLAN);
        long few = township.aHousehold(village);
        long many = township.aHousehold(village);
        township.anEvent(village, few, "参加村民大会", "2024-08-02");
        township.anEvent(village, few, "焚烧秸秆", "2024-08-03");
        record(village, many, MANY);
        String address = "/api/villages/" + village + "/households/" + many + "/months/2024-08";

        Api.Reply small = township.api().get("/api/villages/" + village + "/households/" + few + "/months/2024-08");
        assertThat(small.json().at("/awards").size()).as("a real month comes back whole, as before").isEqualTo(2);
        assertThat(small.json().at("/entries").asInt()).isEqualTo(2);
        assertThat(small.json().at("/next").isNull()).isTrue();

        township.api().get(address);
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        Api.Reply first = township.api().get(address);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        long firstAllocated = allocated() - allocatedBefore;
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().at("/awards").size()).isEqualTo(Math.min(MANY, 500));
        assertThat(first.json().at("/entries").asInt()).isEqualTo(MANY);

        List<Long> ids = new ArrayList<>();
        long points = 0;
        long answered = 0;
        long largest = 0;
        Api.Reply page = first;
        while (true) {
            assertThat(figures(page.json())).as("every page carries the month's figures").isEqualTo(figures(first.json()));
            for (JsonNode award : page.json().at("/awards")) {
                ids.add(award.at("/id").asLong());
                points += award.at("/points").asLong();
            }
            answered += bytes(page);
            largest = Math.max(largest, bytes(page));
            if (page.json().at("/next").isNull()) {
                assertThat(page.json().at("/nextAfter").isNull()).isTrue();
                break;
            }
            assertThat(page.json().at("/next").asString()).isEqualTo(address + "?after="
                    + page.json().at("/nextAfter").asLong()).endsWith("?after=" + ids.get(ids.size() - 1));
            page = township.api().get(page.json().at("/next").asString());
        }
        assertThat(ids).as("every entry once, in the order written").hasSize(MANY).doesNotHaveDuplicates().isSorted();
        long adjustments = 0;
        for (JsonNode adjustment : first.json().at("/adjustments")) {
            adjustments += adjustment.at("/points").asLong();
        }
        assertThat(points + adjustments).as("the pages' entries and adjustments add up to the total")
                .isEqualTo(first.json().at("/total").asLong());
        assertThat(first.json().at("/base").asInt()).isEqualTo(Math.min(100, MANY - MANY / 10));
        assertThat(first.json().at("/bonus").asInt()).as("bonus up to 1,000 a month").isEqualTo(Math.min(1000, MANY / 10));

        Api.Reply hundred = township.api().get(address + "?size=100");
        assertThat(hundred.json().at("/awards").size()).isEqualTo(100);
        assertThat(hundred.text("/next")).endsWith("&size=100");
        assertThat(township.api().get(address + "?size=5000").json().at("/awards").size())
                .as("at most 1,000 a page").isEqualTo(Math.min(MANY, 1000));
        assertThat(township.api().get(address + "?after=abc").status()).isEqualTo(400);

        Browser staff = township.browser();
        staff.signIn(township.aLogin("STAFF", village));
        Browser.Page second = staff.get("/v/" + village + "/audit/households/" + many + "?month=2024-08&page=2");
        int pages = (MANY + 99) / 100;
        assertThat(second.body()).contains("本月共 " + MANY + " 条记录，这是第 101–200 条（第 2 / " + pages + " 页）",
                "← 上一页", "下一页 →", "合计 <b class=\"total\">" + first.json().at("/total").asInt() + "</b>");

        Browser.Page review = staff.get("/v/" + village + "/months/2024-08");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).as("the village's month page: each household's first 100, and a way to the rest")
                .contains("本月共 " + MANY + " 条记录，这里列出其中 100 条", "这一户本月其余的记录，下一页 →");
        assertThat(review.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "household-month-answer-sizes.txt"), String.format(
                "a household month of %d entries: the first page %d bytes (%d entries), allocated %d bytes in the"
                        + " process while it was answered, %d ms; every page together %d bytes (the former single"
                        + " answer held them all), the largest page %d bytes; the village's month page %d bytes%n",
                MANY, bytes(first), first.json().at("/awards").size(), firstAllocated, firstMillis, answered,
                largest, review.body().getBytes(StandardCharsets.UTF_8).length));
    }

    private static List<Object> figures(JsonNode month) {
        return List.of(month.at("/base").asInt(), month.at("/bonus").asInt(), month.at("/total").asInt(),
                month.at("/vetoed").asBoolean(), month.at("/entries").asInt(), month.at("/adjustments").toString());
    }

    private void record(String village, long household, int count) {
        for (int from = 0; from < count; from += 500) {
            List<Object> events = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                events.add(json("eventId", "page-" + household + "-" + i, "householdId", household,
                        "type", i % 10 == 9 ? "主持村民大会" : "参加村民大会", "occurredOn", "2024-08-0" + (1 + i % 9)));
            }
            Api.Reply batch = township.api().post("/api/villages/" + village + "/events:batch",
                    json("events", events));
            assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        }
    }

    /** Bytes allocated by every thread of the process so far (the service runs in it). */
    private static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static long bytes(Api.Reply reply) {
        return reply.body().getBytes(StandardCharsets.UTF_8).length;
    }
}
