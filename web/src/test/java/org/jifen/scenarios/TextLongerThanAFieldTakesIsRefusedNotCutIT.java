package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A head's name or a note longer than its field takes is refused with the limit and its length, the form kept:
 * never cut silently (tryout pages-2 minor 3). The forms say each limit in the field's label.
 */
@AppTest
class TextLongerThanAFieldTakesIsRefusedNotCutIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void textLongerThanAFieldTakesIsRefusedNotCut() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        Browser admin = signedIn(township.aLogin("VILLAGE_ADMIN", village));
        String longName = "张".repeat(45);

        Browser.Page register = admin.get("/v/" + village + "/households");
        Browser.Page refusedName = admin.postForm("/v/" + village + "/households", new LinkedHashMap<>(Map.of(
                "householdNo", "L-01", "headName", longName, "group", "一组", "permanentResidents", "1",
                "localHukou", "true", "homestead", "true", "_csrf", register.csrfToken())));
        Browser.Page recordForm = admin.get("/v/" + village + "/households/" + household + "/record");
        Browser.Page refusedNote = admin.postForm("/v/" + village + "/households/" + household + "/record",
                new LinkedHashMap<>(Map.of("eventId", UUID.randomUUID().toString(), "type", "参加村民大会",
                        "quantity", "1", "note", "到".repeat(600), "_csrf", recordForm.csrfToken())));

        assertThat(register.body()).contains("户主姓名（最多 40 个字）");
        assertThat(refusedName.status()).isEqualTo(400);
        assertThat(refusedName.body()).contains("户主姓名最多 40 个字，现有 45 个字").contains("value=\"" + longName + "\"");
        assertThat(township.api().get("/api/villages/" + village + "/households?q=L-01").body()).doesNotContain("L-01");
        assertThat(recordForm.body()).contains("备注（可不填，最多 500 个字）");
        assertThat(refusedNote.status()).isEqualTo(400);
        assertThat(refusedNote.body()).contains("备注最多 500 个字，现有 600 个字");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/"
                + YearMonth.now(clock)).json().at("/awards").size()).as("nothing recorded").isZero();
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        browser.postForm("/login", new LinkedHashMap<>(Map.of("username", login.username(),
                "password", login.password(), "_csrf", browser.get("/login").csrfToken())));
        return browser;
    }
}
