package org.jifen.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jifen.access.Actor;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code /v3/api-docs} says beyond the endpoints springdoc finds: the service, HTTP Basic as the one security
 * scheme, the problem schema, each operation's problem responses ({@link OperationProblems}, ADR 0081), and the
 * members added to the published contract ({@link ContractExtensions}).
 */
@Configuration
class ApiDescription {

    static final String BASIC = "basic";
    static final String PROBLEM_SCHEMA = "ProblemDetail";

    static {
        // The signed-in user, resolved from the login (ActorArgumentResolver): no part of any request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
        // A month is written yyyy-MM in paths, parameters and bodies alike (ADR 0210), not as a year-and-month object.
        SpringDocUtils.getConfig().replaceWithSchema(YearMonth.class,
                new StringSchema().pattern("^\\d{4}-\\d{2}$").example("2024-07"));
    }

    private static final String DESCRIPTION = """
            镇一级的乡村治理积分制服务：各村的积分方案（规则文件）、家庭户登记、行为事件登记与评分、月度评定与定稿、季度公示与\
            异议、积分记录的溯源与核验。

            - **登录**：HTTP Basic（点击 Authorize 填写用户名和密码）。首位镇管理员 `admin` 的密码见运维说明；其他账号由镇管理员\
            用 `POST /api/users` 创建。角色：镇管理员、村管理员、村工作人员（记分员）、审计员；村级账号只能访问本村（路径中的 `{code}`）。\
            记分员登记事件和证据、撤销本人记错的积分、运行月末评分；方案、家庭户登记、自治小组的审定与异议处理、公示、冲正\
            是村管理员的事。每个接口的说明写明可用角色。
            - **错误**：一律是 RFC 9457 问题详情（`application/problem+json`），中文说明原因；按 `type` 区分错误，完整目录见 \
            docs/errors.md。被拒绝的请求不保存任何内容。
            - **重试**：登记事件时带上自己的 `eventId`，同样内容重试不会重复记录。

            Jifen runs a township's village governance points system: each village's scoring plan (rule files), its
            households, the events staff record and the points the active plan gives them, the month's evaluation and
            finalisation, the quarter's notice and objections, and the trace and hash-chain check of every point.

            - **Sign in** with HTTP Basic (Authorize). Roles: township admin, village admin, staff, auditor; village
              accounts reach their own village (`{code}` in the path) only. Staff record events and evidence, take
              back their own entries and evaluate; the plan, the registry, the group's acts (finalising, objections),
              the notice and corrections are the village admin's. Each operation says who may call it.
            - **Errors** are RFC 9457 problems (`application/problem+json`) with a Chinese `detail`; branch on `type`.
              Each operation lists the problems it may answer; the catalogue of every type is docs/errors.md. Any
              path may also answer 404 `no-such-endpoint`, 405 `method-not-allowed` or 406 `not-acceptable`.
            - **Retries** of an event with the same `eventId` never record it twice.
            """;

    @Bean
    OpenAPI openApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("Jifen 积分 · 乡村治理积分制 API (village governance points)")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description(DESCRIPTION))
                .servers(List.of(new Server().url("/").description("本服务 (this service)")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("用户名和密码 (username and password of a Jifen account)"))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema())
                        .addSchemas("ProblemError", problemErrorSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer contractExtensions() {
        return new ContractExtensions();
    }

    @Bean
    OperationCustomizer whoMay() {
        return new WhoMay();
    }

    @Bean
    OperationCustomizer operationProblems(JsonMapper json) {
        return new OperationProblems(ErrorCatalogue.load(), json);
    }

    private static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 问题详情；docs/errors.md 列出每一种 type。An RFC 9457 problem; the catalogue of "
                        + "types is docs/errors.md. Members beside the standard ones depend on the type.")
                .required(List.of("type", "title", "status", "detail"))
                .additionalProperties(true);
        Map<String, Schema> members = Map.ofEntries(
                Map.entry("type", new StringSchema().format("uri")
                        .description("https://jifen.example/problems/ and the type of docs/errors.md")),
                Map.entry("title", new StringSchema().description("这一类错误的名称 (the kind of error)")),
                Map.entry("status", new IntegerSchema().description("HTTP status")),
                Map.entry("detail", new StringSchema().description("这一次为什么被拒绝，怎么改 (why, in Chinese)")),
                Map.entry("instance", new StringSchema().description("the request's path")),
                Map.entry("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/ProblemError"))
                        .description("每一处问题 (each mistake: plan-refused, household-import-refused, "
                                + "malformed-request)")),
                Map.entry("size", new IntegerSchema().format("int64")
                        .description("evidence-too-large: the file's bytes")),
                Map.entry("maxSize", new IntegerSchema().format("int64")
                        .description("evidence-too-large: the most bytes allowed")),
                Map.entry("limit", new IntegerSchema().description("evidence-limit-reached: items allowed per event")),
                Map.entry("required", new IntegerSchema().description(
                        "group-too-small, not-enough-approvals, not-enough-deciders: how many are needed")),
                Map.entry("members", new IntegerSchema().description("group-too-small: the group's members")),
                Map.entry("approvals", new IntegerSchema().description("not-enough-approvals: distinct approvals")),
                Map.entry("deciders", new IntegerSchema().description("not-enough-deciders: distinct deciders")),
                Map.entry("unknown", new ArraySchema().items(new IntegerSchema().format("int64"))
                        .description("unknown-approvers: ids that are not members of the village's group")),
                Map.entry("deadline", new StringSchema().format("date-time")
                        .description("notice-period-over: when the notice period ended")),
                Map.entry("rule", new StringSchema().description("plan-fault: the rule that failed")),
                Map.entry("knownTypes", new ArraySchema().items(new StringSchema())
                        .description("unknown-event-type: the event types of the village's catalog.csv")));
        problem.setProperties(new java.util.TreeMap<>(members));
        return problem;
    }

    private static Schema<?> problemErrorSchema() {
        return new ObjectSchema()
                .description("一处问题：文件和行（方案、登记表），或请求里的字段。One mistake: in a file (file, line) or "
                        + "in a field of the request (field).")
                .required(List.of("message"))
                .addProperty("file", new StringSchema().description("the file's name"))
                .addProperty("line", new IntegerSchema().description("the line (or spreadsheet row), from 1"))
                .addProperty("field", new StringSchema().description("the request field"))
                .addProperty("message", new StringSchema().description("what is wrong, in Chinese"));
    }
}
