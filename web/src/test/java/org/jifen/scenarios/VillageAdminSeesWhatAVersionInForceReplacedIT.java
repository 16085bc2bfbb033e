package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Outside tryout (clerk 2, minor 3): after version 3 was activated over version 1, its page said 「与第 2 版相比」, a
 * draft that was never in force. A version in force is compared with the version it replaced; a draft with the
 * version it would replace.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class VillageAdminSeesWhatAVersionInForceReplacedIT {

    @Autowired
    Township township;

    @Test
    void aVersionInForceIsComparedWithTheVersionItReplacedNotWithADraft() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        String uploads = "/api/villages/" + village + "/rule-sets";
        Api.Reply draft = township.api().upload(uploads, PlanFile.of("示例方案.drl",
                ContractExample.DRL.replace("awards.add(2, ", "awards.add(4, ")));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Api.Reply third = township.api().upload(uploads, PlanFile.of("示例方案.drl",
                ContractExample.DRL.replace("awards.add(2, ", "awards.add(3, ")));
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        Browser browser = signedIn(township.aLogin("VILLAGE_ADMIN", village));

        String before = browser.get("/v/" + village + "/plan/3").body();
        Api.Reply activated = township.api().post(uploads + "/3/activate", json("from", "2024-09"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        String after = browser.get("/v/" + village + "/plan/3").body();
        assertThat(activated.json().at("/status").asString()).isEqualTo("ACTIVE");

        assertThat(before).contains("与第 1 版相比（启用后整份替换它）");
        assertThat(after).contains("与第 1 版相比（这一版启用时整份替换了它）").doesNotContain("与第 2 版相比");
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", login.username());
        form.put("password", login.password());
        form.put("_csrf", browser.get("/login").csrfToken());
        browser.postForm("/login", form);
        return browser;
    }
}
