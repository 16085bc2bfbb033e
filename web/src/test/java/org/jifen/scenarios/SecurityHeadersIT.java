package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every response tells the browser to run no inline or foreign script, not to guess content types, not to show the
 * service in a frame, not to pass the address on, and not to keep the API's answers: answers, refusals, the printable
 * notice and the API's documentation alike.
 */
@AppTest
class SecurityHeadersIT {

    @Autowired
    Township township;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        String village = township.aVillage();
        Api admin = township.api();
        List<Api.Reply> replies = List.of(admin.get("/api/villages"), admin.anonymous().get("/api/villages"),
                admin.as("admin", "wrong-password").get("/api/villages/" + village),
                admin.get("/api/villages/no-such-village"), township.aUser("STAFF", village).get("/api/township/overview"),
                admin.get("/api/villages/" + village + "/notices/2024-Q3", "text/html"),
                admin.get("/api/villages/" + village + "/notices/2024-Q3", "text/csv"),
                admin.anonymous().get("/actuator/health"), admin.anonymous().get("/v3/api-docs"));

        assertThat(replies).extracting(Api.Reply::status).containsExactly(200, 401, 401, 404, 403, 200, 200, 200, 200);
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Content-Security-Policy")).startsWith("default-src 'self';")
                    .contains("frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe");
            assertThat(reply.header("Cache-Control")).contains("no-store");
        });
    }

    @Test
    void theNoticeToPrintKeepsItsStylesheetAndNothingElseInline() throws Exception {
        String village = township.aVillage();

        Api.Reply page = township.api().get("/api/villages/" + village + "/notices/2024-Q3", "text/html");

        assertThat(page.body()).doesNotContain("<script").doesNotContain("style=\"");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
        assertThat(style.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(page.header("Content-Security-Policy")).contains("style-src 'self' 'sha256-" + hash + "'");
    }

    @Test
    void theHouseholdCardsToPrintKeepTheirStylesheetAndNothingElseInline() throws Exception {
        String village = township.aVillage();
        long household = township.aHousehold(village);

        for (Api.Reply page : List.of(township.api().get("/api/villages/" + village + "/households/" + household + "/card"),
                township.api().get("/api/villages/" + village + "/cards?group=一组"))) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script").doesNotContain("style=\"");
            Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
            assertThat(style.find()).isTrue();
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(page.header("Content-Security-Policy")).contains("'sha256-" + hash + "'");
        }
    }

    @Test
    void theApiDocumentationPageLoadsItsScriptFromFilesOnly() {
        Api.Reply page = township.api().anonymous().get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find())
                .as("an inline script").isFalse();
        assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self';")
                .doesNotContain("script-src").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
