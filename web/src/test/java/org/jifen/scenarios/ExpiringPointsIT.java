package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Instant;
import java.util.List;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.MovableClock;
import org.jifen.support.Plans;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A village chooses whether spendable points expire: a year after their month, or every year on a reset day; the
 * rule applies to the months finalised after it is set. The service's clock is moved a year on: the points whose
 * time is up expire, each expiry an entry with its reason on the household's balance, its own page and the trace of
 * the points' award; honour points stay; a cancellation after the expiry revives nothing.
 */
@AppTest
@Import(MovableClock.Config.class)
class ExpiringPointsIT {

    private static final Instant AUGUST_2024 = Instant.parse("2024-08-10T01:00:00Z");
    private static final Instant SEPTEMBER_2024 = Instant.parse("2024-09-10T01:00:00Z");
    /** When the many readers read the balance: the second node's fixed clock in the two nodes' test. */
    static final String READ_AT_TEXT = "2025-08-05T02:00:00Z";
    private static final Instant READ_AT = Instant.parse(READ_AT_TEXT);

    @Autowired
    Township township;

    @Autowired
    MovableClock clock;

    @AfterEach
    void backToSeptember() {
        clock.set(SEPTEMBER_2024);
    }

    @Test
    void pointsOfAMonthExpireAYearAfterItWithTheirReasonOnTheBalanceThePageAndTheTrace() {
        clock.set(AUGUST_2024);
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long july = township.anEvent(village, household, "见义勇为", "2024-07-09").id("/awards/0/id");
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        township.anEvent(village, household, "见义勇为", "2024-08-09");
        township.anEvent(village, household, "参加村民大会", "2024-08-03");
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api staff = township.aUser("STAFF", village);
        Api.Reply set = admin.send("/api/villages/" + village + "/expiry-policy", "PUT", "{\"mode\":\"AFTER_A_YEAR\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.text("/description")).contains("有效期到一年后的同月月底", "荣誉积分", "规则设定后定稿的月份");
        List<Long> group = township.aSelfGovernanceGroup(village);
        township.aFinalisedMonth(village, "2024-07", group);
        clock.set(SEPTEMBER_2024);
        township.aFinalisedMonth(village, "2024-08", group);
        long soap = new Supermarket(township).aReward(village, "肥皂", 5, 100);
        String redemptions = "/api/villages/" + village + "/households/" + household + "/redemptions";
        String balance = "/api/villages/" + village + "/households/" + household + "/balance";
        assertThat(staff.post(redemptions, json("redemptionId", "r-1", "rewardId", soap, "quantity", 2)).status())
                .isEqualTo(201);
        JsonNode now = staff.get(balance).json();
        assertThat(now.at("/available").asInt()).isEqualTo(54);
        assertThat(now.at("/nextExpiry/on").asString()).isEqualTo("2025-08-01");
        assertThat(now.at("/nextExpiry/points").asInt()).as("July's 32 less the 10 spent").isEqualTo(22);
        assertThat(now.at("/months/0/expiresOn").asString()).isEqualTo("2025-08-01");

        clock.set(READ_AT);
        JsonNode due = staff.get(balance).json();
        JsonNode readAgain = staff.get(balance).json();
        Api.Reply later = staff.post(redemptions, json("redemptionId", "r-2", "rewardId", soap));
        JsonNode recorded = staff.get(balance).json();

        assertThat(due.at("/expired").asInt()).isEqualTo(22);
        assertThat(due.at("/available").asInt()).isEqualTo(32);
        assertThat(due.at("/entries/0/kind").asString()).isEqualTo("EXPIRED");
        assertThat(due.at("/entries/0/id").isNull()).as("recorded when first read: %s", due).isFalse();
        assertThat(due.at("/entries/0/recordedBy").asString()).isEqualTo("system");
        assertThat(readAgain.at("/entries/0/id")).as("recorded once").isEqualTo(due.at("/entries/0/id"));
        assertThat(readAgain.at("/expired").asInt()).isEqualTo(22);
        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        assertThat(recorded.at("/available").asInt()).isEqualTo(27);
        assertThat(recorded.at("/honour").asInt()).as("honour points never expire").isEqualTo(64);
        JsonNode expiry = recorded.at("/entries/1");
        assertThat(expiry.at("/kind").asString()).isEqualTo("EXPIRED");
        assertThat(expiry.at("/id").isNull()).isFalse();
        assertThat(expiry.at("/points").asInt()).isEqualTo(22);
        assertThat(expiry.at("/expiredOn").asString()).isEqualTo("2025-08-01");
        assertThat(expiry.at("/reason").asString())
                .isEqualTo("2024年7月的积分有效期一年，至 2025年7月31日 止；未用完的 22 分于 2025年8月1日 到期");
        assertThat(expiry.at("/recordedBy").asString()).isEqualTo("system");

        JsonNode trace = staff.get("/api/awards/" + july + "/trace").json();
        assertThat(trace.at("/points/month/month").asString()).isEqualTo("2024-07");
        assertThat(trace.at("/points/month/expiresOn").asString()).isEqualTo("2025-08-01");
        assertThat(trace.at("/points/month/spent").asInt()).isEqualTo(10);
        assertThat(trace.at("/points/month/expired").asInt()).isEqualTo(22);
        assertThat(trace.at("/points/expiries/0/reason").asString()).contains("未用完的 22 分");

        String page = township.browser().get(QrCodes.decode(
                staff.get("/api/villages/" + village + "/households/" + household + "/card").body())).body();
        assertThat(page).contains("积分超市可用积分", "可用 <b>27</b>", "累计获得（荣誉积分） <b>64</b>", "到期",
                "未用完的 22 分于 2025年8月1日 到期", "兑换 肥皂 ×2", "有效期（按该月定稿时的规则）", "2024年8月",
                "至 2025年8月31日 止");

        Api.Reply cancelled = staff.post("/api/villages/" + village + "/redemptions/r-1/cancellation",
                json("reason", "肥皂退回"));
        JsonNode afterCancel = staff.get(balance).json();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(afterCancel.at("/available").asInt()).as("July's points stay expired").isEqualTo(27);
        assertThat(afterCancel.at("/returned").asInt()).isEqualTo(10);
        assertThat(afterCancel.at("/expired").asInt()).isEqualTo(32);
        assertThat(afterCancel.at("/entries/0/reason").asString()).startsWith("撤销兑换退回的积分已过有效期")
                .contains("未用完的 10 分");
        JsonNode chain = township.api().get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as(chain.toString()).isTrue();
        assertThat(chain.at("/entries").asInt()).as("6 awards, 2 spent, 1 returned, 2 expired").isEqualTo(11);
    }

    /**
     * ADR 0154: a read of a balance records the expiries that are due. Many reads at once (the household on its
     * phone, the counter, the auditor) record each expiry once: every answer shows the same entry, and the chain
     * holds exactly one.
     */
    @Test
    void readingABalanceManyTimesAtOnceRecordsEachExpiryOnce() throws Exception {
        clock.set(AUGUST_2024);
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        assertThat(township.api().send("/api/villages/" + village + "/expiry-policy", "PUT",
                "{\"mode\":\"AFTER_A_YEAR\"}").status()).isEqualTo(200);
        township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));
        String balance = "/api/villages/" + village + "/households/" + household + "/balance";
        List<Api> readers = List.of(township.api(), township.aUser("STAFF", village),
                township.aUser("AUDITOR", null), township.aUser("VILLAGE_ADMIN", village));
        clock.set(READ_AT);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(8);
        List<java.util.concurrent.Future<Api.Reply>> reads = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Api reader = readerThrough(readers.get(i % readers.size()), i);
                reads.add(pool.submit(() -> {
                    together.await();
                    return reader.get(balance);
                }));
            }
            java.util.Set<Long> expiryIds = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Api.Reply> read : reads) {
                Api.Reply reply = read.get();
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.json().at("/expired").asInt()).isEqualTo(12);
                assertThat(reply.json().at("/entries").findValuesAsString("kind")).containsExactly("EXPIRED");
                expiryIds.add(reply.json().at("/entries/0/id").asLong());
            }
            assertThat(expiryIds).as("every reader saw the one entry").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        JsonNode chain = township.api().get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as(chain.toString()).isTrue();
        assertThat(chain.at("/entries").asInt()).as("2 awards and 1 expiry").isEqualTo(3);
    }

    @Test
    void monthsFinalisedLateKeepAYearToBeSpentAndTheirExpiryIsAnEntry() {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2025-10-08");
        township.anEvent(village, household, "参加村民大会", "2025-11-08");
        township.anEvent(village, household, "参加村民大会", "2026-11-08");
        assertThat(township.api().send("/api/villages/" + village + "/expiry-policy", "PUT",
                "{\"mode\":\"AFTER_A_YEAR\"}").status()).isEqualTo(200);
        List<Long> group = township.aSelfGovernanceGroup(village);
        for (String month : List.of("2025-10", "2025-11", "2026-11")) {
            township.aFinalisedMonth(village, month, group);
        }
        String balance = "/api/villages/" + village + "/households/" + household + "/balance";

        JsonNode finalisedToday = township.api().get(balance).json();
        clock.set(Instant.parse("2027-11-30T02:00:00Z"));
        JsonNode lastDay = township.api().get(balance).json();
        clock.set(Instant.parse("2027-12-01T02:00:00Z"));
        JsonNode dayAfter = township.api().get(balance).json();

        int earned = finalisedToday.at("/earned").asInt();
        assertThat(earned).isPositive();
        assertThat(finalisedToday.at("/expired").asInt()).as("nothing is born expired: %s", finalisedToday).isZero();
        assertThat(finalisedToday.at("/available").asInt()).isEqualTo(earned);
        assertThat(finalisedToday.at("/months/0/month").asString()).isEqualTo("2025-10");
        assertThat(finalisedToday.at("/months/0/spendableSince").asString()).isEqualTo("2026-12-01");
        assertThat(finalisedToday.at("/months/0/expiresOn").asString())
                .as("a year as if finalised on time, in November 2026").isEqualTo("2027-12-01");
        assertThat(finalisedToday.at("/months/1/expiresOn").asString()).isEqualTo("2027-12-01");
        assertThat(finalisedToday.at("/months/2/expiresOn").asString()).as("November 2026, on time")
                .isEqualTo("2027-12-01");
        assertThat(lastDay.at("/available").asInt()).isEqualTo(earned - lastDay.at("/expired").asInt());
        assertThat(lastDay.at("/months/0/remaining").asInt()).as("still spendable on 30 November 2027")
                .isPositive();
        assertThat(dayAfter.at("/available").asInt()).isZero();
        assertThat(dayAfter.at("/expired").asInt()).isEqualTo(earned);
        assertThat(dayAfter.at("/entries/0/kind").asString()).isEqualTo("EXPIRED");
        assertThat(dayAfter.at("/entries/0/id").isNull()).as("an entry of the ledger: %s", dayAfter).isFalse();
        assertThat(dayAfter.at("/entries/0/reason").asString()).contains("2025年10月", "2025年11月", "2027年12月1日 到期");
        JsonNode chain = township.api().get("/api/villages/" + village + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as(chain.toString()).isTrue();
    }

    @Test
    void aYearlyResetExpiresWhatWasSpendableOnTheResetDay() {
        clock.set(SEPTEMBER_2024);
        String code = township.aVillage();
        township.anActivePlan(code, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(code);
        township.anEvent(code, household, "参加村民大会", "2024-07-03");
        township.anEvent(code, household, "见义勇为", "2024-07-09");
        township.anEvent(code, household, "见义勇为", "2024-08-09");
        List<Long> group = township.aSelfGovernanceGroup(code);
        township.aFinalisedMonth(code, "2024-07", group);
        clock.set(SEPTEMBER_2024.plusSeconds(60));
        assertThat(township.api().send("/api/villages/" + code + "/expiry-policy", "PUT",
                "{\"mode\":\"YEARLY\",\"resetDay\":\"12-31\"}").status()).isEqualTo(200);
        township.aFinalisedMonth(code, "2024-08", group);
        String balance = "/api/villages/" + code + "/households/" + household + "/balance";

        JsonNode autumn = township.api().get(balance).json();
        clock.set(Instant.parse("2025-01-02T01:00:00Z"));
        JsonNode newYear = township.api().get(balance).json();

        assertThat(autumn.at("/available").asInt()).isEqualTo(62);
        assertThat(autumn.at("/nextExpiry/on").asString()).as("August's points, finalised under the rule")
                .isEqualTo("2025-01-01");
        assertThat(autumn.at("/nextExpiry/points").asInt()).isEqualTo(30);
        assertThat(autumn.at("/months/0/expiresOn").isNull()).as("July's points were finalised before the rule")
                .isTrue();
        assertThat(newYear.at("/available").asInt()).isEqualTo(32);
        assertThat(newYear.at("/expired").asInt()).isEqualTo(30);
        assertThat(newYear.at("/honour").asInt()).isEqualTo(62);
        assertThat(newYear.at("/entries/0/reason").asString()).contains("本村每年 12月31日 清零", "30 分");
    }

    @Test
    void theExpiryRuleIsTheVillageAdminsAndMustBeComplete() {
        String village = township.aVillage();
        String path = "/api/villages/" + village + "/expiry-policy";

        JsonNode unset = township.api().get(path).json();
        Api.Reply byStaff = township.aUser("STAFF", village).send(path, "PUT", "{\"mode\":\"NEVER\"}");
        Api.Reply noDay = township.api().send(path, "PUT", "{\"mode\":\"YEARLY\"}");
        Api.Reply noSuchDay = township.api().send(path, "PUT", "{\"mode\":\"YEARLY\",\"resetDay\":\"02-30\"}");
        Api.Reply leapDay = township.api().send(path, "PUT", "{\"mode\":\"YEARLY\",\"resetDay\":\"02-29\"}");
        Api.Reply noSuchMode = township.api().send(path, "PUT", "{\"mode\":\"SOMETIMES\"}");

        assertThat(unset.at("/mode").asString()).isEqualTo("NEVER");
        assertThat(unset.at("/description").asString()).contains("长期有效");
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(noDay.status()).isEqualTo(422);
        assertThat(noDay.text("/detail")).contains("清零日");
        assertThat(noSuchDay.status()).isEqualTo(400);
        assertThat(leapDay.status()).as("three years in four have no 29 February").isEqualTo(422);
        assertThat(leapDay.text("/type")).endsWith("/reset-day-not-every-year");
        assertThat(noSuchMode.status()).isEqualTo(400);
        assertThat(noSuchMode.text("/detail")).as("the modes named").contains("NEVER", "YEARLY", "AFTER_A_YEAR");
        assertThat(township.api().get(path).json().at("/mode").asString()).isEqualTo("NEVER");
    }

    /** Where a reader's read arrives: this node here; every other read the other node in the two nodes' test. */
    Api readerThrough(Api reader, int read) {
        return reader;
    }
}
