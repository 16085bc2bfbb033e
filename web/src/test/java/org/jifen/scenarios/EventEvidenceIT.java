package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jifen.integrity.Sha256;
import org.jifen.support.Api.Part;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff attach photos, PDFs and notes to a recorded event, deductions especially ("to stop favouritism"). Each is kept
 * with the SHA-256 of its bytes, who added it and when; nothing replaces or removes it; the award's trace shows it.
 */
@AppTest
class EventEvidenceIT {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Autowired
    Township township;

    @Test
    void staffAttachAPhotoAndANoteToADeductionAndTheTraceShowsThem() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        Api.Reply deduction = township.anEvent(village, household, "宅前屋后乱堆物", "2024-07-22");
        String eventId = deduction.text("/eventId");
        long award = deduction.id("/awards/0/id");
        Api staff = township.aUser("STAFF", village);
        String evidence = "/api/villages/" + village + "/events/" + eventId + "/evidence";
        byte[] photo = jpeg(300_000);

        // The client's declared type is ignored: the bytes say JPEG.
        Api.Reply attached = staff.multipart(evidence, List.of(
                Part.file("file", "门前堆物.jpg", "application/octet-stream", photo),
                Part.text("note", "7月22日上午拍摄，堆放建筑垃圾约两方")));
        Api.Reply noted = staff.post(evidence, json("note", "已当面告知户主，限期三日清理"));
        byte[] pdf = pdf();
        Api.Reply scanned = staff.multipart(evidence, List.of(Part.file("file", "整改通知书.pdf", "application/pdf",
                pdf)));

        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        JsonNode item = attached.json();
        assertThat(item.at("/kind").asString()).isEqualTo("PHOTO");
        assertThat(item.at("/eventId").asString()).isEqualTo(eventId);
        assertThat(item.at("/fileName").asString()).isEqualTo("门前堆物.jpg");
        assertThat(item.at("/contentType").asString()).isEqualTo("image/jpeg");
        assertThat(item.at("/size").asInt()).isEqualTo(photo.length);
        assertThat(item.at("/sha256").asString()).isEqualTo(Sha256.hex(photo));
        assertThat(item.at("/note").asString()).isEqualTo("7月22日上午拍摄，堆放建筑垃圾约两方");
        assertThat(item.at("/addedBy").asString()).startsWith("staff-");
        assertThat(item.at("/addedAt").asString()).isNotBlank();
        String download = "/api/villages/" + village + "/evidence/" + item.at("/id").asLong();
        assertThat(item.at("/download").asString()).isEqualTo(download);
        assertThat(attached.location()).isEqualTo(download);
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        assertThat(noted.text("/kind")).isEqualTo("NOTE");
        assertThat(noted.json().at("/fileName").isNull()).isTrue();
        assertThat(noted.text("/sha256"))
                .isEqualTo(Sha256.hex("已当面告知户主，限期三日清理".getBytes(StandardCharsets.UTF_8)));
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(201);
        assertThat(scanned.text("/kind")).isEqualTo("PDF");
        assertThat(scanned.text("/contentType")).isEqualTo("application/pdf");

        JsonNode listed = staff.get(evidence).json();
        assertThat(listed.findValuesAsString("kind")).containsExactly("PHOTO", "NOTE", "PDF");
        assertThat(listed.at("/0/sha256").asString()).isEqualTo(Sha256.hex(photo));

        Api.Download got = staff.fetch(download);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(photo);
        assertThat(Sha256.hex(got.body())).isEqualTo(item.at("/sha256").asString());
        assertThat(got.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(got.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(got.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Api.Download note = staff.fetch(noted.text("/download"));
        assertThat(new String(note.body(), StandardCharsets.UTF_8)).isEqualTo("已当面告知户主，限期三日清理");
        assertThat(note.header("Content-Type")).startsWith("text/plain");
        assertThat(note.header("Content-Disposition")).startsWith("attachment;");

        JsonNode trace = township.aUser("AUDITOR", null).get("/api/awards/" + award + "/trace").json();
        assertThat(trace.at("/award/points").asInt()).isEqualTo(-5);
        assertThat(trace.at("/event/eventId").asString()).isEqualTo(eventId);
        assertThat(trace.at("/rule/name").asString()).isEqualTo("宅前屋后乱堆物");
        assertThat(trace.at("/ruleSet/version").asInt()).isEqualTo(1);
        assertThat(trace.at("/recordedBy").asString()).isEqualTo("admin");
        assertThat(trace.at("/evidence").size()).isEqualTo(3);
        assertThat(trace.at("/evidence/0/sha256").asString()).isEqualTo(Sha256.hex(photo));
        assertThat(trace.at("/evidence/0/download").asString()).isEqualTo(download);
        assertThat(trace.at("/evidence/2/sha256").asString()).isEqualTo(Sha256.hex(pdf));
    }

    @Test
    void theTypeIsReadFromTheBytesNeverFromTheNameOrTheDeclaredType() {
        String village = township.aVillage();
        String evidence = aDeductionsEvidence(village);
        Api staff = township.aUser("STAFF", village);
        byte[] page = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

        Api.Reply html = staff.multipart(evidence, List.of(Part.file("file", "照片.jpg", "image/jpeg", page)));
        Api.Reply svg = staff.multipart(evidence, List.of(Part.file("file", "图.png", "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))));
        Api.Reply pngNamedPdf = staff.multipart(evidence, List.of(Part.file("file", "扫描件.pdf", "application/pdf",
                png())));
        Api.Reply webp = staff.multipart(evidence, List.of(Part.file("file", "现场", "image/jpeg", webp())));

        assertThat(html.status()).as(html.toString()).isEqualTo(415);
        assertThat(html.contentType()).startsWith("application/problem+json");
        assertThat(html.text("/type")).endsWith("/evidence-type-not-allowed");
        assertThat(html.text("/detail")).contains("照片.jpg").contains("JPEG");
        assertThat(svg.status()).isEqualTo(415);
        assertThat(pngNamedPdf.status()).as(pngNamedPdf.toString()).isEqualTo(201);
        assertThat(pngNamedPdf.text("/contentType")).isEqualTo("image/png");
        assertThat(pngNamedPdf.text("/kind")).isEqualTo("PHOTO");
        assertThat(staff.fetch(pngNamedPdf.text("/download")).header("Content-Type")).isEqualTo("image/png");
        assertThat(webp.status()).as(webp.toString()).isEqualTo(201);
        assertThat(webp.text("/contentType")).isEqualTo("image/webp");
        assertThat(staff.get(evidence).json().size()).isEqualTo(2);
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedAndAnEventHoldsAtMostTenItems() {
        String village = township.aVillage();
        String evidence = aDeductionsEvidence(village);
        Api staff = township.aUser("STAFF", village);

        Api.Reply fiveMegabytes = staff.multipart(evidence, List.of(Part.file("file", "大图.jpg", "image/jpeg",
                jpeg(FIVE_MB))));
        Api.Reply oneByteMore = staff.multipart(evidence, List.of(Part.file("file", "太大.jpg", "image/jpeg",
                jpeg(FIVE_MB + 1))));
        Api.Reply nothing = staff.multipart(evidence, List.of(Part.text("note", "   ")));
        Api.Reply emptyFile = staff.multipart(evidence, List.of(Part.file("file", "空.jpg", "image/jpeg",
                new byte[0])));
        Api.Reply blankJson = staff.post(evidence, json("note", ""));

        assertThat(fiveMegabytes.status()).as(fiveMegabytes.toString()).isEqualTo(201);
        assertThat(fiveMegabytes.json().at("/size").asInt()).isEqualTo(FIVE_MB);
        assertThat(oneByteMore.status()).as(oneByteMore.toString()).isEqualTo(413);
        assertThat(oneByteMore.text("/type")).endsWith("/evidence-too-large");
        assertThat(oneByteMore.text("/detail")).contains("太大.jpg").contains("5242881 字节").contains("5 MB");
        assertThat(oneByteMore.json().at("/maxSize").asInt()).isEqualTo(FIVE_MB);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.text("/type")).endsWith("/malformed-request");
        assertThat(emptyFile.status()).isEqualTo(400);
        assertThat(blankJson.status()).isEqualTo(400);
        for (int n = 2; n <= 10; n++) {
            assertThat(staff.post(evidence, json("note", "补充说明 " + n)).status()).isEqualTo(201);
        }
        Api.Reply eleventh = staff.post(evidence, json("note", "第十一份"));
        assertThat(eleventh.status()).isEqualTo(409);
        assertThat(eleventh.text("/type")).endsWith("/evidence-limit-reached");
        assertThat(eleventh.json().at("/limit").asInt()).isEqualTo(10);
        assertThat(staff.get(evidence).json().size()).isEqualTo(10);
    }

    @Test
    void twelveStaffAddingAtOnceLeaveTenItemsNotMore() throws Exception {
        String village = township.aVillage();
        String evidence = aDeductionsEvidence(village);
        Api staff = township.aUser("STAFF", village);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int n = 1; n <= 12; n++) {
                String note = "同时补充的说明 " + n;
                Api phone = staffThrough(staff, n);
                sent.add(clients.submit(() -> phone.post(evidence, json("note", note)).status()));
            }
            for (Future<Integer> status : sent) {
                statuses.add(status.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(2);
        assertThat(staff.get(evidence).json().size()).isEqualTo(10);
    }

    @Test
    void anotherVillagesEventIsNotFoundAndAnotherVillagesStaffAreKeptOut() {
        String mine = township.aVillage();
        String theirs = township.aVillage();
        township.anActivePlan(theirs, Plans.CONTRACT_EXAMPLE);
        String theirEvent = township.anEvent(theirs, township.aHousehold(theirs), "宅前屋后乱堆物", "2024-07-22")
                .text("/eventId");
        long theirEvidence = township.api().post("/api/villages/" + theirs + "/events/" + theirEvent + "/evidence",
                json("note", "他村的说明")).id("/id");
        Api myStaff = township.aUser("STAFF", mine);

        Api.Reply throughMyVillage = myStaff.post("/api/villages/" + mine + "/events/" + theirEvent + "/evidence",
                json("note", "越权"));
        Api.Reply intoTheirVillage = myStaff.post("/api/villages/" + theirs + "/events/" + theirEvent + "/evidence",
                json("note", "越权"));

        assertThat(throughMyVillage.status()).isEqualTo(404);
        assertThat(throughMyVillage.text("/type")).endsWith("/event-not-found");
        assertThat(intoTheirVillage.status()).isEqualTo(403);
        assertThat(myStaff.get("/api/villages/" + mine + "/events/" + theirEvent + "/evidence").status())
                .isEqualTo(404);
        assertThat(myStaff.get("/api/villages/" + theirs + "/events/" + theirEvent + "/evidence").status())
                .isEqualTo(403);
        Api.Download viaMine = myStaff.fetch("/api/villages/" + mine + "/evidence/" + theirEvidence);
        assertThat(viaMine.status()).isEqualTo(404);
        assertThat(new String(viaMine.body(), StandardCharsets.UTF_8)).contains("evidence-not-found")
                .doesNotContain("他村的说明");
        assertThat(myStaff.fetch("/api/villages/" + theirs + "/evidence/" + theirEvidence).status()).isEqualTo(403);
        assertThat(township.api().get("/api/villages/" + theirs + "/events/" + theirEvent + "/evidence").json()
                .size()).isEqualTo(1);
    }

    @Test
    void anAuditorReadsAndDownloadsEvidenceButAddsNone() {
        String village = township.aVillage();
        String evidence = aDeductionsEvidence(village);
        byte[] photo = jpeg(10_000);
        String download = township.api().multipart(evidence, List.of(Part.file("file", "a.jpg", "image/jpeg",
                photo))).text("/download");
        Api auditor = township.aUser("AUDITOR", null);

        assertThat(auditor.get(evidence).json().at("/0/sha256").asString()).isEqualTo(Sha256.hex(photo));
        assertThat(auditor.fetch(download).body()).isEqualTo(photo);
        assertThat(auditor.post(evidence, json("note", "审计员不能添加")).status()).isEqualTo(403);
        assertThat(auditor.multipart(evidence, List.of(Part.file("file", "b.jpg", "image/jpeg", photo))).status())
                .isEqualTo(403);
        assertThat(auditor.get(evidence).json().size()).isEqualTo(1);
    }

    @Test
    void evidenceMayStillBeAddedToAnEventOfAFinalisedMonthAndChangesNoPoints() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-05");
        String eventId = township.anEvent(village, household, "宅前屋后乱堆物", "2024-07-22").text("/eventId");
        Api.Reply finalised = township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));
        String month = "/api/villages/" + village + "/households/" + household + "/months/2024-07";
        JsonNode before = township.api().get(month).json();

        Api.Reply late = township.aUser("STAFF", village).post("/api/villages/" + village + "/events/" + eventId
                + "/evidence", json("note", "月度评定后补充：户主已于7月25日清理完毕"));

        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(Instant.parse(late.text("/addedAt")))
                .isAfterOrEqualTo(Instant.parse(finalised.text("/finalisedAt")));
        assertThat(township.api().get(month).json()).isEqualTo(before);
    }

    /** A deduction recorded in the village (with the contract example as its plan); returns its evidence path. */
    private String aDeductionsEvidence(String village) {
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        return "/api/villages/" + village + "/events/" + township.anEvent(village, township.aHousehold(village),
                "宅前屋后乱堆物", "2024-07-22").text("/eventId") + "/evidence";
    }

    /** A JPEG as far as its first bytes go (start of image, then a JFIF marker), padded to the size. */
    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] start = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static byte[] webp() {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(24).put("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).array();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Where an addition arrives: this node here; every other one the other node in the two nodes' test. */
    Api staffThrough(Api staff, int member) {
        return staff;
    }
}
