package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jifen.integrity.Sha256;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Typical cases and the demonstration base (五 工作步骤): a village submits a case with a photo and the households
 * concerned; the township reviews it, shortlists and publishes it, each step with who and when, and in the audit
 * log; the township names its pilot villages and selects one of them as the year's demonstration base, every
 * selection kept.
 */
@AppTest
class TypicalCasesAndTheDemonstrationBaseIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Autowired
    Township township;

    @Test
    void aVillageSubmitsACaseAndTheTownshipShortlistsAndPublishesItAndSelectsADemonstrationBase() {
        String village = township.aVillage();
        long household = township.aHouseholdIn(village, "一组", "周美华");
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api staff = township.aUser("STAFF", village);
        Api auditor = township.aUser("AUDITOR", null);

        Api.Reply submitted = admin.post("/api/villages/" + village + "/cases", json("title", "积分超市带动垃圾分类",
                "text", "村里用积分兑换日用品后，垃圾分类参与率从四成升到九成。", "households", List.of(household),
                "items", List.of("垃圾分类", "积分超市")));
        Api.Reply byStaff = staff.post("/api/villages/" + village + "/cases", json("title", "t", "text", "x"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(byStaff.status()).isEqualTo(403);
        long id = submitted.id("/id");
        assertThat(submitted.text("/status")).isEqualTo("SUBMITTED");
        assertThat(submitted.text("/households/0/headName")).isEqualTo("周美华");
        assertThat(submitted.json().at("/items").toString()).isEqualTo("[\"垃圾分类\",\"积分超市\"]");

        Api.Reply photo = admin.multipart("/api/villages/" + village + "/cases/" + id + "/photos",
                List.of(Api.Part.file("file", "分类亭.png", "image/png", PNG)));
        Api.Reply notAPhoto = admin.multipart("/api/villages/" + village + "/cases/" + id + "/photos",
                List.of(Api.Part.file("file", "说明.png", "image/png", "<html>".getBytes(StandardCharsets.UTF_8))));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        assertThat(photo.text("/sha256")).isEqualTo(Sha256.hex(PNG));
        assertThat(notAPhoto.status()).isEqualTo(415);
        Api.Download download = staff.fetch(photo.text("/download"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");

        Api township = this.township.api();
        JsonNode waiting = township.get("/api/township/cases?status=SUBMITTED").json();
        assertThat(waiting.findValuesAsString("title")).contains("积分超市带动垃圾分类");
        Api.Reply early = township.post("/api/township/cases/" + id + "/publication", json("note", "镇公众号"));
        Api.Reply byAuditor = auditor.post("/api/township/cases/" + id + "/review", json("decision", "SHORTLIST"));
        Api.Reply shortlisted = township.post("/api/township/cases/" + id + "/review",
                json("decision", "SHORTLIST", "note", "成效明显，数据可查"));
        Api.Reply again = township.post("/api/township/cases/" + id + "/review", json("decision", "RETURN"));
        Api.Reply published = township.post("/api/township/cases/" + id + "/publication",
                json("note", "镇政府网站和公众号发布"));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("/type")).endsWith("/case-not-shortlisted");
        assertThat(byAuditor.status()).isEqualTo(403);
        assertThat(shortlisted.status()).as(shortlisted.toString()).isEqualTo(200);
        assertThat(shortlisted.text("/status")).isEqualTo("SHORTLISTED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).contains("已经审核过");
        assertThat(published.text("/status")).isEqualTo("PUBLISHED");
        JsonNode steps = published.json().at("/steps");
        assertThat(steps.findValuesAsString("step")).containsExactly("SUBMITTED", "SHORTLISTED", "PUBLISHED");
        assertThat(steps.at("/0/by").asString()).startsWith("village-admin-");
        assertThat(steps.at("/1/by").asString()).isEqualTo("admin");
        assertThat(steps.at("/1/note").asString()).isEqualTo("成效明显，数据可查");
        assertThat(steps.at("/2/at").asString()).isNotBlank();
        assertThat(auditor.get("/api/township/cases/" + id).json().at("/status").asString()).isEqualTo("PUBLISHED");
        Api.Reply photoAfterPublication = admin.multipart("/api/villages/" + village + "/cases/" + id + "/photos",
                List.of(Api.Part.file("file", "补拍.png", "image/png", PNG)));
        assertThat(photoAfterPublication.status()).as("the township reviewed the photos it saw").isEqualTo(409);
        assertThat(photoAfterPublication.text("/type")).endsWith("/case-already-reviewed-for-photos");
        assertThat(staff.get("/api/villages/" + village + "/cases/" + id).json().at("/photos")).hasSize(1);
        JsonNode audit = township.get("/api/villages/" + village + "/audit-log").json();
        assertThat(audit.toString()).contains("case.submitted", "case.photo-added", "case.reviewed", "case.published");

        Api.Reply notAPilot = township.post("/api/township/demonstration-base", json("village", village,
                "reason", "案例突出"));
        String before = currentBase();
        Api.Reply pilots = pilots(village, before);
        Api.Reply selected = township.post("/api/township/demonstration-base", selection(village,
                "积分超市和典型案例成效突出", before));
        Api.Reply revised = township.post("/api/township/demonstration-base", json("village", village,
                "reason", "复核后维持选定"));

        assertThat(notAPilot.status()).isEqualTo(422);
        assertThat(notAPilot.text("/detail")).contains("不是试点村");
        assertThat(pilots.status()).as(pilots.toString()).isEqualTo(200);
        assertThat(pilots.json().findValuesAsString("village")).contains(village);
        assertThat(selected.status()).as(selected.toString()).isEqualTo(201);
        assertThat(selected.text("/village")).isEqualTo(village);
        assertThat(selected.text("/selectedBy")).isEqualTo("admin");
        assertThat(selected.json().at("/publishedCases").asInt()).isEqualTo(1);
        assertThat(revised.status()).isEqualTo(201);
        JsonNode selections = township.get("/api/township/demonstration-base").json();
        assertThat(selections.at("/0/reason").asString()).as("the latest selection first").isEqualTo("复核后维持选定");
        assertThat(selections.at("/1/reason").asString()).isEqualTo("积分超市和典型案例成效突出");
    }

    @Test
    void theTownshipHasOneDemonstrationBaseAYearChangedOnlyByNameAndItStaysAPilot() {
        String first = township.aVillage();
        String second = township.aVillage();
        String noCase = township.aVillage();
        aPublishedCase(first);
        aPublishedCase(second);
        Api township = this.township.api();
        String before = currentBase();
        assertThat(pilots(first, before, second, noCase).status()).isEqualTo(200);

        Api.Reply chosen = township.post("/api/township/demonstration-base", selection(first, "成效突出", before));
        Api.Reply withoutCase = township.post("/api/township/demonstration-base", selection(noCase, "积极", first));
        Api.Reply slip = township.post("/api/township/demonstration-base", json("village", second, "reason", "改选"));
        Api.Reply baseLeavesThePilots = pilots(second, noCase);
        JsonNode pilotsAfterRefusal = township.get("/api/township/pilot-villages").json();
        Api.Reply changed = township.post("/api/township/demonstration-base", selection(second, "复核后改选", first));
        Api.Reply formerBaseLeaves = pilots(second, noCase);

        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(201);
        assertThat(chosen.json().at("/current").asBoolean()).isTrue();
        assertThat(withoutCase.status()).as(withoutCase.toString()).isEqualTo(422);
        assertThat(withoutCase.text("/type")).endsWith("/base-without-published-case");
        assertThat(withoutCase.text("/detail")).contains("典型案例");
        assertThat(slip.status()).as("another village without naming the base it replaces").isEqualTo(409);
        assertThat(slip.text("/type")).endsWith("/demonstration-base-already-selected");
        assertThat(slip.text("/detail")).contains("示范基地已是", first, "replaces");
        assertThat(baseLeavesThePilots.status()).as(baseLeavesThePilots.toString()).isEqualTo(409);
        assertThat(baseLeavesThePilots.text("/type")).endsWith("/base-must-stay-pilot");
        assertThat(baseLeavesThePilots.text("/detail")).contains("不能移出试点村");
        assertThat(pilotsAfterRefusal.findValuesAsString("village")).as("the pilots unchanged")
                .contains(first, second, noCase);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        assertThat(formerBaseLeaves.status()).as(formerBaseLeaves.toString()).isEqualTo(200);
        JsonNode selections = township.get("/api/township/demonstration-base").json();
        int year = selections.at("/0/year").asInt();
        List<JsonNode> thisYear = new java.util.ArrayList<>();
        selections.forEach(selection -> {
            if (selection.at("/year").asInt() == year) {
                thisYear.add(selection);
            }
        });
        assertThat(thisYear.stream().filter(s -> s.at("/current").asBoolean()).map(s -> s.at("/village").asString()))
                .as("one base a year").containsExactly(second);
        assertThat(thisYear.get(0).at("/standing").asString()).isEqualTo("当前示范基地");
        assertThat(thisYear.get(1).at("/village").asString()).isEqualTo(first);
        assertThat(thisYear.get(1).at("/standing").asString()).isEqualTo("已改选");
    }

    /** The year's base now, if the township selected one (other tests share the township). */
    private String currentBase() {
        for (JsonNode selection : township.api().get("/api/township/demonstration-base").json()) {
            if (selection.at("/current").asBoolean()) {
                return selection.at("/village").asString();
            }
        }
        return null;
    }

    private Api.Reply pilots(String... villages) {
        List<String> named = java.util.Arrays.stream(villages).filter(java.util.Objects::nonNull).toList();
        return township.api().send("/api/township/pilot-villages", "PUT",
                "{\"villages\":[" + String.join(",", named.stream().map(v -> "\"" + v + "\"").toList()) + "]}");
    }

    private static java.util.Map<String, Object> selection(String village, String reason, String replaces) {
        return replaces == null ? json("village", village, "reason", reason)
                : json("village", village, "reason", reason, "replaces", replaces);
    }

    private void aPublishedCase(String village) {
        Api.Reply submitted = township.api().post("/api/villages/" + village + "/cases", json("title", "积分兑换带动环境整治",
                "text", "村民用积分换日用品，房前屋后整洁了。"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.id("/id");
        assertThat(township.api().post("/api/township/cases/" + id + "/review", json("decision", "SHORTLIST"))
                .status()).isEqualTo(200);
        assertThat(township.api().post("/api/township/cases/" + id + "/publication", json("note", "公众号"))
                .status()).isEqualTo(200);
    }

    @Test
    void aCaseMustNameItsOwnHouseholdsAndKnownCasesOnly() {
        String village = township.aVillage();
        String other = township.aVillage();
        long theirs = township.aHousehold(other);

        Api.Reply foreignHousehold = township.api().post("/api/villages/" + village + "/cases",
                json("title", "t", "text", "x", "households", List.of(theirs)));
        Api.Reply noTitle = township.api().post("/api/villages/" + village + "/cases", json("text", "x"));
        Api.Reply unknown = township.api().post("/api/township/cases/999999999/review", json("decision", "RETURN"));
        Api.Reply otherVillagesCase = township.aUser("STAFF", village).get("/api/villages/" + other + "/cases");

        assertThat(foreignHousehold.status()).isEqualTo(404);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(otherVillagesCase.status()).isEqualTo(403);
        assertThat(township.api().get("/api/villages/" + village + "/cases").json()).isEmpty();
    }
}
