package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two township admins, each looking at the same base, choose different villages in the same moment (ADR 0154): one
 * becomes the year's base, the other is refused in Chinese (409: chosen meanwhile, or already selected when it came a
 * moment later), and the year never has two selections following the same one. Several rounds, so that the
 * requests do meet.
 */
@AppTest
class TwoTownshipAdminsChooseTheBaseAtOnceIT {

    private static final int ROUNDS = 6;

    @Autowired
    Township township;

    @Test
    void twoTownshipAdminsChoosingTheBaseAtOnceMakeOneBase() throws Exception {
        Api one = township.api();
        Api other = otherAdminThrough(township.aUser("TOWNSHIP_ADMIN", null));
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String seen = currentBase();
                String a = aVillageWithAPublishedCase();
                String b = aVillageWithAPublishedCase();
                assertThat(pilots(seen, a, b).status()).isEqualTo(200);
                int before = selectionsThisYear().size();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Api.Reply> first = admins.submit(() -> {
                    together.await();
                    return one.post("/api/township/demonstration-base", selection(a, seen));
                });
                Future<Api.Reply> second = admins.submit(() -> {
                    together.await();
                    return other.post("/api/township/demonstration-base", selection(b, seen));
                });
                List<Api.Reply> replies = List.of(first.get(), second.get());

                assertThat(replies.stream().map(Api.Reply::status)).as(replies.toString())
                        .containsExactlyInAnyOrder(201, 409);
                Api.Reply refused = replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow();
                Api.Reply chosen = replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow();
                assertThat(refused.text("/type")).as(refused.toString()).satisfiesAnyOf(
                        type -> assertThat(type).endsWith("/demonstration-base-already-selected"),
                        type -> assertThat(type).endsWith("/demonstration-base-selected-meanwhile"));
                assertThat(refused.text("/detail")).as(refused.toString()).containsAnyOf(
                        "示范基地已是「", "另一位镇管理员也选定了");
                List<JsonNode> thisYear = selectionsThisYear();
                assertThat(thisYear).as("one selection more").hasSize(before + 1);
                assertThat(thisYear.stream().filter(s -> s.at("/current").asBoolean())
                        .map(s -> s.at("/village").asString())).containsExactly(chosen.text("/village"));
            }
        } finally {
            admins.shutdownNow();
        }
    }

    private String aVillageWithAPublishedCase() {
        String village = township.aVillage();
        Api.Reply submitted = township.api().post("/api/villages/" + village + "/cases", json("title", "积分超市带动垃圾分类",
                "text", "村民用积分换日用品，垃圾分类做得更好了。"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.id("/id");
        assertThat(township.api().post("/api/township/cases/" + id + "/review", json("decision", "SHORTLIST"))
                .status()).isEqualTo(200);
        assertThat(township.api().post("/api/township/cases/" + id + "/publication", json("note", "公众号"))
                .status()).isEqualTo(200);
        return village;
    }

    private String currentBase() {
        return selectionsThisYear().stream().filter(s -> s.at("/current").asBoolean())
                .map(s -> s.at("/village").asString()).findFirst().orElse(null);
    }

    private List<JsonNode> selectionsThisYear() {
        JsonNode all = township.api().get("/api/township/demonstration-base").json();
        List<JsonNode> thisYear = new ArrayList<>();
        int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
        all.forEach(selection -> {
            if (selection.at("/year").asInt() == year) {
                thisYear.add(selection);
            }
        });
        return thisYear;
    }

    private Api.Reply pilots(String... villages) {
        List<String> named = java.util.Arrays.stream(villages).filter(java.util.Objects::nonNull).toList();
        return township.api().send("/api/township/pilot-villages", "PUT",
                "{\"villages\":[" + String.join(",", named.stream().map(v -> "\"" + v + "\"").toList()) + "]}");
    }

    private static java.util.Map<String, Object> selection(String village, String replaces) {
        return replaces == null ? json("village", village, "reason", "成效突出")
                : json("village", village, "reason", "成效突出", "replaces", replaces);
    }

    /** Where the other admin's choice arrives: this node here, the other node in the two nodes' test. */
    Api otherAdminThrough(Api admin) {
        return admin;
    }
}
