package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tryout clerk 4, B6: the award page's 「实际给多少分」 said 「按数量，每个扣 5 分（人居环境）」 and left the rule's monthly cap
 * to its DRL text. It now says the cap with its period, and the trace carries it in words.
 */
@AppTest
class AnAwardsPageSaysItsRulesCapIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void theAwardPageSaysWhatTheRuleGivesAndItsMonthlyCap() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        Api.Reply recorded = township.anEvent(village, household, "宅前屋后乱堆物", LocalDate.now(clock).toString(), 2);
        long award = recorded.id("/awards/0/id");

        Api.Reply trace = township.api().get("/api/awards/" + award + "/trace");
        Browser auditor = township.browser();
        auditor.signIn(township.aLogin("AUDITOR", null));
        String page = auditor.get("/v/" + village + "/awards/" + award).body();

        assertThat(trace.text("/rule/capInWords")).isEqualTo("每月最多计 25 分");
        assertThat(page).contains("实际给多少分").contains("按数量，每个扣 5 分（人居环境）；每月最多计 25 分");
    }
}
