package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jifen.engine.PlanFile;
import org.jifen.pilots.PilotPlans;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A newcomer's demo township: the township admin loads it once; it shows the 19 villages (the pilots by their real
 * names, the others marked 演示), households scored last month by their village's plan, and traceable points.
 * One test, because loading the township is the expensive part (the database is shared with the other tests).
 */
@AppTest
class DemoTownshipIT {

    @Autowired
    Township township;

    @Test
    void theTownshipAdminLoadsTheDemoTownshipOnceAndItsPointsAreTracedLikeRealOnes() {
        Api admin = township.api();
        assertThat(township.aUser("AUDITOR", null).post("/api/demo-township").status()).isEqualTo(403);

        Api.Reply loaded = admin.post("/api/demo-township");

        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
        JsonNode summary = loaded.json();
        int households = summary.at("/households").asInt();
        int eligible = summary.at("/eligibleHouseholds").asInt();
        int events = summary.at("/events").asInt();
        assertThat(summary.at("/villages").asInt()).isEqualTo(19);
        assertThat(households).isBetween(200, 400);
        assertThat(eligible).isLessThan(households).isGreaterThan(households * 3 / 4);
        assertThat(events).isBetween(eligible * 3, 5000);
        assertThat(summary.at("/awards").asInt()).isGreaterThan(events / 2);
        YearMonth month = YearMonth.parse(summary.at("/month").asString());
        // The last full month by the service's clock (the township's zone may be a day ahead of this JVM's).
        assertThat(month).isBefore(YearMonth.now().plusMonths(1)).isAfterOrEqualTo(YearMonth.now().minusMonths(2));

        List<JsonNode> villages = StreamSupport.stream(admin.get("/api/villages").json().spliterator(), false)
                .toList();
        assertThat(villages).filteredOn(v -> List.of("yangjiazhuang", "xuzhong", "beixin").contains(code(v)))
                .extracting(v -> v.at("/name").asString() + "/" + v.at("/demo").asBoolean())
                .containsExactlyInAnyOrder("杨家庄村/false", "叙中村/false", "北新村/false");
        List<JsonNode> invented = villages.stream().filter(v -> v.at("/demo").asBoolean()).toList();
        assertThat(invented).hasSize(16)
                .allSatisfy(v -> assertThat(v.at("/name").asString()).endsWith("（演示）"))
                .allSatisfy(v -> assertThat(v.at("/groups").size()).isBetween(3, 6));
        assertThat(villages.stream().filter(v -> v.at("/demo").asBoolean() || isPilot(v))
                .mapToInt(v -> v.at("/centralVillages").size()).sum()).isEqualTo(8);

        JsonNode household = firstScoredHousehold(admin, month);
        assertThat(household.at("/householdNo").asString()).matches("YJZ-\\d{2}-\\d{3}");
        Api.Reply monthView = admin.get("/api/villages/yangjiazhuang/households/" + household.at("/id").asLong()
                + "/months/" + month);
        assertThat(monthView.status()).as(monthView.toString()).isEqualTo(200);
        JsonNode view = monthView.json();
        int base = view.at("/base").asInt();
        assertThat(view.at("/awards").size()).isPositive();
        assertThat(base).isBetween(0, 100);
        assertThat(view.at("/total").asInt())
                .isEqualTo(view.at("/vetoed").asBoolean() ? 0 : base + view.at("/bonus").asInt());

        JsonNode award = view.at("/awards/0");
        Api.Reply trace = admin.get("/api/awards/" + award.at("/id").asLong() + "/trace");
        assertThat(trace.status()).as(trace.toString()).isEqualTo(200);
        assertThat(trace.text("/rule/name")).isEqualTo(award.at("/rule").asString());
        assertThat(trace.text("/rule/file")).isIn(PilotPlans.of("yangjiazhuang").files().stream()
                .map(PlanFile::name).toList());
        assertThat(trace.text("/rule/source")).startsWith("rule \"" + award.at("/rule").asString() + "\"");
        assertThat(trace.text("/event/eventId")).startsWith("demo-yangjiazhuang-");
        assertThat(trace.text("/event/occurredOn")).startsWith(month.toString());
        assertThat(trace.text("/recordedBy")).isEqualTo("demo-loader");
        assertThat(trace.text("/ruleSet/activatedBy")).isEqualTo("demo-loader");

        assertThat(view.at("/finalised").asBoolean()).as("the pilots' group of six signed the month off").isTrue();
        assertThat(admin.get("/api/villages/yangjiazhuang/group-members").json().size()).isEqualTo(6);
        String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        Api.Reply notice = admin.get("/api/villages/yangjiazhuang/notices/" + quarter);
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(notice.json().at("/finalisedMonths").toString()).contains(month.toString());
        assertThat(notice.json().at("/groups").size()).isPositive();

        // The use of points: a stocked supermarket, a fund, a quarter's redemptions, stars and typical cases.
        assertThat(summary.at("/redemptions").asInt()).isGreaterThan(30);
        assertThat(summary.at("/cases").asInt()).isEqualTo(3);
        JsonNode rewards = admin.get("/api/villages/yangjiazhuang/rewards").json();
        assertThat(rewards.findValuesAsString("name")).contains("肥皂", "洗衣液", "食用油");
        assertThat(rewards.findValues("stock").stream().mapToInt(JsonNode::asInt).sum()).isPositive();
        JsonNode fund = admin.get("/api/villages/yangjiazhuang/fund").json();
        assertThat(fund.at("/received").decimalValue()).isEqualByComparingTo("22000.00");
        assertThat(fund.at("/balance").decimalValue()).isPositive();
        String thisQuarter = YearMonth.now().getYear() + "-Q" + ((YearMonth.now().getMonthValue() - 1) / 3 + 1);
        JsonNode books = admin.get("/api/villages/yangjiazhuang/books?period=" + thisQuarter).json();
        assertThat(books.at("/redemptions/redemptions").asInt()).isPositive();
        assertThat(books.at("/redemptions/cancellations").asInt()).isEqualTo(1);
        assertThat(books.at("/goods").size()).isEqualTo(7);
        JsonNode balance = admin.get("/api/villages/yangjiazhuang/households/" + household.at("/id").asLong()
                + "/balance").json();
        assertThat(balance.at("/months").size()).as("a quarter of finalised months").isEqualTo(3);
        assertThat(balance.at("/available").asInt()).isEqualTo(balance.at("/earned").asInt()
                - balance.at("/spent").asInt() - balance.at("/expired").asInt());
        assertThat(admin.get("/api/villages/yangjiazhuang/expiry-policy").json().at("/mode").asString())
                .isEqualTo("AFTER_A_YEAR");
        JsonNode stars = admin.get("/api/villages/xuzhong/stars").json();
        assertThat(stars.at("/households").size()).isPositive();
        assertThat(stars.at("/householdsByStars").toString()).isNotEqualTo("{}");
        assertThat(admin.get("/api/villages/beixin/red-list").status()).isEqualTo(200);
        JsonNode published = admin.get("/api/township/cases?status=PUBLISHED").json();
        assertThat(published.findValuesAsString("village")).contains("yangjiazhuang");
        JsonNode selected = admin.get("/api/township/demonstration-base").json();
        assertThat(selected.findValuesAsString("village")).contains("yangjiazhuang");
        assertThat(admin.get("/api/villages/yangjiazhuang/ledger/verify").json().at("/valid").asBoolean()).isTrue();

        Api.Reply again = admin.post("/api/demo-township");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("/type")).endsWith("/demo-township-already-loaded");
        assertThat(again.text("/detail")).contains("yangjiazhuang");
        JsonNode audited = admin.get("/api/township/audit-log?act=demo.loaded").json();
        assertThat(audited.at("/entries").valueStream()
                .map(entry -> entry.at("/username").asString() + " " + entry.at("/outcome").asString()))
                .containsExactly("admin REFUSED", "admin DONE");
        assertThat(audited.at("/entries/1/details/villages").asInt()).isEqualTo(19);
    }

    /** The first eligible household of 杨家庄村 whose month has awards (nearly every one has). */
    private static JsonNode firstScoredHousehold(Api admin, YearMonth month) {
        JsonNode households = admin.get("/api/villages/yangjiazhuang/households").json();
        assertThat(households.size()).isBetween(20, 40);
        for (JsonNode household : households) {
            if (household.at("/eligible").asBoolean() && admin.get("/api/villages/yangjiazhuang/households/"
                    + household.at("/id").asLong() + "/months/" + month).json().at("/awards").size() > 0) {
                return household;
            }
        }
        throw new AssertionError("no household of 杨家庄村 has awards in " + month);
    }

    private static String code(JsonNode village) {
        return village.at("/code").asString();
    }

    private static boolean isPilot(JsonNode village) {
        return List.of("yangjiazhuang", "xuzhong", "beixin").contains(code(village));
    }
}
