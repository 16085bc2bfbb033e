package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an operator relies on: health without a login (its details for the township admin and auditors), metrics with
 * one, the API described by OpenAPI.
 */
@AppTest
class OperationsIT {

    @Autowired
    Township township;

    @Test
    void healthIsOpenAndMetricsAreForTheTownship() {
        Api anonymous = township.api().anonymous();

        Api.Reply health = anonymous.get("/actuator/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.text("/status")).as(health.toString()).isEqualTo("UP");
        assertThat(health.text("/components/memory/status")).isEqualTo("UP");
        assertThat(health.json().at("/components/memory/details").isMissingNode()).as("details hidden").isTrue();
        assertThat(township.aUser("STAFF", township.aVillage()).get("/actuator/health").json()
                .at("/components/memory/details").isMissingNode()).as("details hidden from staff").isTrue();
        // The build runs the tests' JVM as operators run the service: with -XX:+ExitOnOutOfMemoryError.
        Api auditor = township.aUser("AUDITOR", null);
        assertThat(auditor.get("/actuator/health").text("/components/memory/details/onOutOfMemory"))
                .startsWith("-XX:+ExitOnOutOfMemoryError");
        assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(township.api().get("/actuator/metrics/http.server.requests").status()).isEqualTo(200);
    }

    @Test
    void theSettingsInForceAreForTheTownshipAdminWithSecretsMasked() {
        Api.Reply settings = township.api().get("/actuator/configprops");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).contains("\"fireLimit\":1000", "\"noticeDays\":7")
                .doesNotContain(Township.ADMIN_PASSWORD);
        Api.Reply auditors = township.aUser("AUDITOR", null).get("/actuator/configprops");
        assertThat(auditors.status()).isEqualTo(200);
        assertThat(auditors.body()).contains("fireLimit").doesNotContain("\"fireLimit\":1000");
        assertThat(township.api().anonymous().get("/actuator/configprops").status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionNamesThePublishedEndpoints() {
        Api.Reply openApi = township.api().anonymous().get("/v3/api-docs");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().at("/paths").propertyNames()).contains(
                "/api/villages", "/api/villages/{code}/households", "/api/villages/{code}/rule-sets",
                "/api/villages/{code}/rule-sets/{version}/activate", "/api/villages/{code}/events",
                "/api/villages/{code}/events:batch", "/api/villages/{code}/households/{id}/months/{month}",
                "/api/awards/{id}/trace", "/api/users", "/api/villages/{code}/rewards",
                "/api/villages/{code}/households/{id}/balance", "/api/villages/{code}/households/{id}/redemptions",
                "/api/township/overview");
        assertThat(township.api().anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(openApi.json().at("/paths/~1api~1villages~1{code}~1rule-sets~1{version}~1activate/post/description")
                .asString()).contains("\"from\": \"yyyy-MM\"").contains("?dryRun=true");
        assertThat(openApi.json().at("/paths/~1api~1villages~1{code}~1events/post/description").asString())
                .contains("counted").contains("gained");
        assertThat(openApi.json().at("/components/schemas/EventResult/properties").propertyNames())
                .contains("awards", "month");
    }

    @Test
    void anUnknownAddressIsAProblemNotAStackTrace() {
        Api.Reply missing = township.api().get("/api/nothing-here");

        assertThat(missing.status()).isIn(403, 404);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
