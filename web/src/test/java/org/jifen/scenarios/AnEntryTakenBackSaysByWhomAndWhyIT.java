package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An entry taken back says so on its own page, with by whom, when and why (tryout pages-2 M2): an auditor who follows
 * it from a household's month does not see it as standing. A member of staff's take-back of their own mistake is
 * called 撤销（记分员本人记错） on the award pages, the household's own page and in the audit log; the group's review
 * stays 审核驳回 (minor 8).
 */
@AppTest
class AnEntryTakenBackSaysByWhomAndWhyIT {

    @Autowired
    DataSource householdMonthTotalsDatabase;

    /** ADR 0261: what this test appended, in every way it did, left the households' months' totals right. */
    @AfterEach
    void theHouseholdsMonthTotalsAreWhatTheirEntriesSumTo() {
        HouseholdMonthTotalsCheck.agreeWithTheEntries(householdMonthTotalsDatabase);
    }

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void anEntryTakenBackSaysByWhomAndWhy() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        Township.Login staffLogin = township.aLogin("STAFF", village);
        Api staff = township.api().as(staffLogin.username(), staffLogin.password());
        Township.Login adminLogin = township.aLogin("VILLAGE_ADMIN", village);
        Api admin = township.api().as(adminLogin.username(), adminLogin.password());
        String today = LocalDate.now(clock).toString();
        long mistake = recorded(staff, village, household, "见义勇为", today);
        long reviewed = recorded(staff, village, household, "参加村民大会", today);

        // Staff take back their own mistake from 今日记录; the group's review rejects the other entry.
        Browser staffPages = signedIn(staffLogin);
        Browser.Page takenBack = staffPages.postForm("/v/" + village + "/awards/" + mistake + "/reject",
                new LinkedHashMap<>(Map.of("reason", "记错了户", "_csrf", staffPages.csrf())));
        assertThat(takenBack.status()).as(takenBack.toString()).isEqualTo(302);
        Api.Reply rejected = admin.post("/api/villages/" + village + "/awards/" + reviewed + "/reject",
                json("reason", "经核实本月没有开村民大会"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        long rejection = rejected.json().at("/id").asLong();

        Browser auditor = signedIn(township.aLogin("AUDITOR", null));
        String mistakePage = auditor.get("/v/" + village + "/awards/" + mistake).body();
        assertThat(mistakePage).contains("此条积分已被撤回").contains("撤销（记分员本人记错）")
                .contains(staffLogin.username()).contains("记错了户").doesNotContain("审核驳回");
        String reviewedPage = auditor.get("/v/" + village + "/awards/" + reviewed).body();
        assertThat(reviewedPage).contains("此条积分已被撤回").contains("审核驳回")
                .contains("记录号 " + rejection).contains(adminLogin.username()).contains("经核实本月没有开村民大会");
        assertThat(auditor.get("/v/" + village + "/awards/" + rejection).body()).contains("审核驳回")
                .doesNotContain("此条积分已被撤回");
        String standing = auditor.get("/v/" + village + "/awards/"
                + recorded(staff, village, household, "参加村民大会", today)).body();
        assertThat(standing).doesNotContain("此条积分已被撤回");

        JsonNode log = township.aUser("AUDITOR", null).get("/api/villages/" + village + "/audit-log").json();
        assertThat(log.at("/entries").valueStream().filter(entry -> entry.at("/target").asString()
                .equals("award " + mistake)).map(entry -> entry.at("/act").asString() + " "
                + entry.at("/actLabel").asString()).toList()).containsExactly("award.taken-back 撤销本人记错的积分");

        String link = QrCodes.decode(staff.get("/api/villages/" + village + "/households/" + household + "/card")
                .body());
        String own = township.browser().get(link).body();
        assertThat(own).contains("撤销（记分员本人记错）").contains("撤销记录号 " + mistake)
                .contains("驳回记录号 " + reviewed);
    }

    @Test
    void staffTakeBackOnlyTheirOwnEntries() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long byTheAdmin = recorded(township.aUser("VILLAGE_ADMIN", village), village, household, "见义勇为",
                LocalDate.now(clock).toString());
        Browser staffPages = signedIn(township.aLogin("STAFF", village));
        Browser.Page refused = staffPages.postForm("/v/" + village + "/awards/" + byTheAdmin + "/reject",
                new LinkedHashMap<>(Map.of("reason", "不是我记的", "_csrf", staffPages.csrf())));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("不是您本人登记的事件所得积分");
    }

    private static long recorded(Api by, String village, long household, String type, String day) {
        Api.Reply recorded = by.post("/api/villages/" + village + "/events", json("eventId",
                "taken-back-" + System.nanoTime(), "householdId", household, "type", type, "occurredOn", day,
                "quantity", 1));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().at("/awards/0/id").asLong();
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        browser.postForm("/login", new LinkedHashMap<>(Map.of("username", login.username(),
                "password", login.password(), "_csrf", browser.get("/login").csrfToken())));
        return browser;
    }
}
