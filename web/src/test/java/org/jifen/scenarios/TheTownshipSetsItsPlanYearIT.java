package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Outside tryout F15: the township running its plan in another year than the service's setting sets the year
 * through the API; the overview and the milestones follow it from then on, who set it and when is kept, and a
 * mistyped year is refused in Chinese, leaving the year in force.
 */
@AppTest
class TheTownshipSetsItsPlanYearIT {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    @Autowired
    Township township;

    @Test
    void theTownshipSetsItsPlanYearAndTheMilestonesFollowIt() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        int before = township.api().get("/api/township/plan-year").json().at("/year").asInt();
        String village = township.aVillage();
        try {
            Api.Reply set = setYear(township.api(), json("year", thisYear));
            Api.Reply typo = setYear(township.api(), json("year", thisYear + 36));
            Api.Reply empty = setYear(township.api(), json());
            Api auditor = township.aUser("AUDITOR", null);

            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().at("/year").asInt()).isEqualTo(thisYear);
            assertThat(set.text("/setBy")).isNotEmpty();
            assertThat(set.text("/milestones/0/due")).isEqualTo(thisYear + "-07-15");
            assertThat(set.text("/milestones/3/due")).isEqualTo(thisYear + "-11-30");
            assertThat(typo.status()).isEqualTo(422);
            assertThat(typo.text("/type")).endsWith("/plan-year-implausible");
            assertThat(typo.text("/detail")).contains("方案年度 " + (thisYear + 36) + " 不对", String.valueOf(thisYear + 1));
            assertThat(empty.status()).isEqualTo(400);
            assertThat(setYear(auditor, json("year", 2024)).status()).isEqualTo(403);
            assertThat(township.aUser("VILLAGE_ADMIN", village).get("/api/township/plan-year").status())
                    .isEqualTo(403);
            JsonNode read = auditor.get("/api/township/plan-year").json();
            assertThat(read.at("/year").asInt()).as("the typo changed nothing").isEqualTo(thisYear);

            JsonNode milestones = township.api().get("/api/township/milestones").json();
            assertThat(milestones.at("/0/due").asString()).isEqualTo(thisYear + "-07-15");
            JsonNode overview = township.api().get("/api/township/overview").json();
            JsonNode row = null;
            for (JsonNode candidate : overview) {
                if (candidate.at("/code").asString().equals(village)) {
                    row = candidate;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.at("/milestones/0/due").asString()).isEqualTo(thisYear + "-07-15");

            // The same on the township's page: a mistyped year comes back next to the field, a good one is set.
            org.jifen.support.Browser page = township.browser();
            Township.Login login = township.aLogin("TOWNSHIP_ADMIN", null);
            assertThat(page.postForm("/login", java.util.Map.of("username", login.username(), "password",
                    login.password(), "_csrf", page.get("/login").csrfToken())).status()).isEqualTo(302);
            assertThat(page.get("/township").body()).contains("/township/plan-year");
            org.jifen.support.Browser.Page yearPage = page.get("/township/plan-year");
            assertThat(yearPage.body()).contains("方案年度：" + thisYear + " 年", "value=\"" + thisYear + "\"",
                    thisYear + "年11月30日");
            org.jifen.support.Browser.Page mistyped = page.postForm("/township/plan-year",
                    java.util.Map.of("_csrf", yearPage.csrfToken(), "year", "20260"));
            assertThat(mistyped.status()).as(mistyped.toString()).isIn(400, 422);
            assertThat(mistyped.body()).contains("id=\"year-problem\"", "方案年度", "value=\"20260\"", "进度节点");
            org.jifen.support.Browser.Page lastYear = page.postForm("/township/plan-year",
                    java.util.Map.of("_csrf", yearPage.csrfToken(), "year", String.valueOf(thisYear - 1)));
            assertThat(lastYear.status()).as(lastYear.toString()).isEqualTo(302);
            assertThat(township.api().get("/api/township/plan-year").json().at("/year").asInt())
                    .isEqualTo(thisYear - 1);
            assertThat(page.get("/township").body()).contains((thisYear - 1) + "年7月15日");
        } finally {
            setYear(township.api(), json("year", before));
        }
    }

    private static Api.Reply setYear(Api api, Object body) {
        return api.send("/api/township/plan-year", "PUT", JSON.writeValueAsString(body));
    }
}
