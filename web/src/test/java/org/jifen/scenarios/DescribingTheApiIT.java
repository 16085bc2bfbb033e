package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A developer builds a client on {@code /v3/api-docs}: the essentials that {@code @redocly/cli lint} checks with its
 * recommended rules, checked here without Node (ADR 0081): the service named and versioned, HTTP Basic as the
 * security scheme and required, and for every operation a summary in Chinese and English, a unique operationId and
 * its problem responses (a 4xx at least) as {@code application/problem+json} with the ProblemDetail schema and an
 * example of each type whose status is the response's. The description is written to {@code target/openapi.json}
 * for the lint itself (docs/operations.md).
 */
@AppTest
class DescribingTheApiIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");

    @Autowired
    Township township;

    @Test
    void everyOperationHasASummarySecurityAndItsProblemResponses() throws IOException {
        Api.Reply reply = township.api().anonymous().get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        Files.writeString(Path.of("target", "openapi.json"), reply.body(), StandardCharsets.UTF_8);
        JsonNode api = reply.json();

        assertThat(api.at("/info/title").asString()).contains("Jifen").doesNotContain("OpenAPI definition");
        assertThat(api.at("/info/version").asString()).isNotEqualTo("v0").isNotBlank();
        assertThat(api.at("/info/description").asString()).containsPattern(CHINESE).containsPattern(ENGLISH);
        String scheme = api.at("/security/0").propertyNames().iterator().next();
        assertThat(api.at("/components/securitySchemes/" + scheme + "/type").asString()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/" + scheme + "/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/components/schemas/ProblemDetail/properties/errors/items/$ref").asString())
                .isEqualTo("#/components/schemas/ProblemError");
        assertThat(api.at("/components/schemas/ProblemError/properties").propertyNames())
                .contains("file", "line", "message", "field");

        List<String> wrong = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> verb : path.getValue().properties()) {
                operations++;
                String name = verb.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = verb.getValue();
                check(name, operation, path.getKey(), wrong);
                if (!operationIds.add(operation.path("operationId").asString())) {
                    wrong.add(name + ": operationId " + operation.path("operationId").asString() + " twice");
                }
            }
        }
        assertThat(wrong).as("operations that fall short").isEmpty();
        assertThat(operations).as("operations described").isGreaterThanOrEqualTo(49);
        assertThat(api.at("/paths/~1api~1villages~1{code}~1events/post/responses/503/content/application~1problem+json"
                + "/examples").propertyNames())
                .as("a village's write may wait on records a month-end holds")
                .contains("records-busy", "database-unavailable");
    }

    /**
     * The members added to the published contract (docs/how-it-works.md, "Extensions to the published contract") are
     * in the description with what they mean in Chinese and English: a client reading it knows them.
     */
    @Test
    void theMembersAddedToThePublishedContractAreDescribedInChineseAndEnglish() {
        JsonNode api = township.api().anonymous().get("/v3/api-docs").json();

        for (String member : List.of("MonthView/entries", "MonthView/nextAfter", "MonthView/next",
                "RuleInWords/attributes", "RulePart/inWords", "RulePart/sheet")) {
            String[] schemaAndName = member.split("/");
            assertThat(api.at("/components/schemas/" + schemaAndName[0] + "/properties/" + schemaAndName[1]
                    + "/description").asString("")).as(member).containsPattern(CHINESE).containsPattern(ENGLISH);
        }
        JsonNode parameters = api.at("/paths/~1api~1villages~1{code}~1households~1{id}~1months~1{month}/get/parameters");
        for (JsonNode parameter : parameters) {
            if (List.of("size", "after").contains(parameter.path("name").asString())) {
                assertThat(parameter.path("description").asString("")).as(parameter.path("name").asString())
                        .containsPattern(CHINESE).containsPattern(ENGLISH);
            }
        }
        assertThat(parameters.findValuesAsString("name")).contains("size", "after");
    }

    private static void check(String name, JsonNode operation, String path, List<String> wrong) {
        String summary = operation.path("summary").asString("");
        if (!CHINESE.matcher(summary).find() || !ENGLISH.matcher(summary).find()) {
            wrong.add(name + ": summary «" + summary + "» is not in Chinese and English");
        }
        if (path.startsWith("/api/") && operation.has("security") && operation.get("security").isEmpty()) {
            wrong.add(name + ": no security requirement");
        }
        boolean clientError = false;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            int status = Integer.parseInt(response.getKey());
            if (status < 400) {
                continue;
            }
            clientError |= status < 500;
            JsonNode problem = response.getValue().at("/content/application~1problem+json");
            if (!"#/components/schemas/ProblemDetail".equals(problem.at("/schema/$ref").asString(""))) {
                wrong.add(name + " " + status + ": not a ProblemDetail as application/problem+json");
            }
            if (problem.path("examples").isEmpty()) {
                wrong.add(name + " " + status + ": no example");
            }
            for (Map.Entry<String, JsonNode> example : problem.path("examples").properties()) {
                JsonNode value = example.getValue().path("value");
                if (value.path("status").asInt() != status || value.path("detail").asString("").isBlank()
                        || !value.path("type").asString("").endsWith("/" + example.getKey())) {
                    wrong.add(name + " " + status + ": example " + example.getKey() + " is not a problem of "
                            + status);
                }
            }
        }
        if (!clientError) {
            wrong.add(name + ": no 4xx problem response");
        }
    }
}
