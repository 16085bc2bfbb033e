package org.jifen.activation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.activation.Activated;
import org.jifen.activation.ActivationMonthImplausible;
import org.jifen.activation.ActivationService;
import org.jifen.activation.FinalisedMonthsInRange;
import org.jifen.activation.RescoringTooLarge;
import org.jifen.activation.MonthRescored;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.engine.CapWindow;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.plan.PlanActivation;
import org.jifen.plan.PlanCheckBusy;
import org.jifen.plan.PlanDiff;
import org.jifen.plan.PlanRefused;
import org.jifen.plan.PlanService;
import org.jifen.plan.PlanTemplate;
import org.jifen.plan.PlanVersion;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetNotFound;
import org.jifen.plan.RuleSetStatus;
import org.jifen.problem.MalformedRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A village's plan versions over the API: uploaded, listed, compared, activated. It lives with activation, the highest
 * feature its answers show (each version says when it governs and how it was activated; ADR 0185); the simulation of a
 * version is evaluation's ({@code SimulationController}).
 */
@RestController
@Tag(name = "方案 Plans", description = "各村的积分方案：上传、检查、启用、版本比较与试算 (a village's scoring plan)")
class PlanController {

    private final PlanService plans;
    private final ActivationService activations;

    PlanController(PlanService plans, ActivationService activations) {
        this.plans = plans;
        this.activations = activations;
    }

    /** A file of a version: text files as {@code content}, spreadsheets as {@code contentBase64}. */
    record FileView(String name, String sha256, @Nullable String content, @Nullable String contentBase64) {
    }

    private static boolean isBinary(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    /** A rule as written; {@code capBy} is the event attribute each of whose values has the cap (ADR 0155). */
    record RuleView(String name, String file, int line, @Nullable Integer cap, CapWindow capPer,
            @Nullable String capBy) {
    }

    /**
     * A version: where it stands today, who activated it last, and {@code governs}, the months it governs
     * ({@code from}/{@code until} as {@code yyyy-MM}; null: without end that way). The answer to an activation adds
     * {@code activation}: the month it governs from, whether anything changed, and the open months re-scored.
     * {@code warnings}: what the checks found worth a look though the version was accepted, each as
     * {@code {file, line, cell, message}} (ADR 0090), in every answer about the version until and at activation.
     */
    record RuleSetView(int version, String sha256, RuleSetStatus status, String uploadedBy, Instant uploadedAt,
            @Nullable Instant activatedAt, @Nullable String activatedBy, List<FileView> files,
            @Nullable List<RuleView> rules, List<Months> governs, @Nullable ActivationView activation,
            List<PlanProblem> warnings) {
    }

    record Months(@Nullable YearMonth from, @Nullable YearMonth until) {
    }

    record ActivationView(@Nullable YearMonth from, boolean changed, boolean dryRun, List<MonthRescored> rescored) {
    }

    /** The optional body of an activation: from which month on the version governs ({@code yyyy-MM}). */
    record Activate(@Nullable @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])",
            message = "应为 yyyy-MM 格式的月份，例如 2024-09") String from) {
    }

    @AuditedAct(code = "plan.uploaded", label = "上传积分方案", target = "rule-set v#{#result?.body?.version() ?: '-'}",
            details = "{files: #files == null ? {} : #files.![originalFilename], sha256: #result?.body?.sha256()}")
    @Operation(operationId = "uploadPlan", summary = "上传方案（检查通过才保存）· Upload a plan version",
            description = """
            The files are the whole plan, checked as a whole (ADR 0090). Refused (422 plan-refused) with every \
            problem as errors: [{file, line, cell, message}], and laterChecks (Chinese) when the check stopped \
            before its later stages, which may find more once these are fixed (ADR 0173), and the warnings the checks \
            that ran found, as warnings: [{file, line, cell, message}], so that one answer has every finding (ADR \
            0177); accepted (201) as the next version, not yet active, \
            with warnings: [{file, line, cell, message}] for what may not be meant (no catalog, a tag no household \
            has, rules or files of the latest version left out, the same rule twice, an empty table). The \
            warnings are kept with the version and returned by every answer about it, the activation's included. \
            Every message is plain Chinese (ADR 0091).""",
            responses = @ApiResponse(responseCode = "201", description = "已保存 (stored as the next version)",
                    useReturnTypeSchema = true))
    @Refuses({PlanRefused.class, PlanCheckBusy.class})
    @PostMapping(path = "/api/villages/{code}/rule-sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RuleSetView> upload(@PathVariable String code,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Actor by) {
        List<PlanFile> planFiles = files == null ? List.of() : files.stream().map(PlanController::planFile).toList();
        RuleSet ruleSet = plans.upload(code, planFiles, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/rule-sets/" + ruleSet.getVersion()))
                .body(view(plans.standing(ruleSet), false, null));
    }

    /**
     * Puts the version in force from a month on (ADR 0055): body {@code {"from": "yyyy-MM"}} or none (a first
     * version governs every month, a later one from next month on). A month up to the current one re-scores the
     * open months from it on (ADR 0056); {@code ?dryRun=true} shows that first and keeps nothing.
     */
    @AuditedAct(code = "plan.activated", label = "启用积分方案", target = "rule-set v#{#version}",
            details = "{sha256: #result?.sha256(), from: #result?.activation()?.from(),"
                    + " changed: #result?.activation()?.changed(),"
                    + " rescoredMonths: #result?.activation()?.rescored()?.![month()]}")
    @Operation(operationId = "activatePlan", summary = "从某月起启用一版方案 · Activate a plan version from a month on",
            description = """
            Body optional: {"from": "yyyy-MM"}. One version governs a month. Without `from`, a village's first \
            version governs every month and a later one from next month on. A month up to the current one \
            re-scores the open months from it on by reversing entries (nothing deleted); with `?dryRun=true` the \
            same request answers what that would do and keeps nothing. The answer is the version \
            (status READY/ACTIVE/SCHEDULED/RETIRED, governs: [{from, until}]) with activation: {from, changed, \
            dryRun, rescored: [{month, versionBefore, events, eventsRescored, awardsReversed, awardsAdded, \
            monthEnd, householdsChanged, households: [{householdId, householdNo, headName, group, before, after, \
            difference}], noLongerScored: [{type, events}]}]} (noLongerScored: events the version before scored \
            and this one gives nothing for, by type). 409 finalised-months-in-range when a finalised month lies at or after `from` \
            (earliestFrom names the first possible month); 400 for a malformed month; 422 for one more than five \
            years back or twelve months ahead.""")
    @Refuses({RuleSetNotFound.class, FinalisedMonthsInRange.class, ActivationMonthImplausible.class,
            RescoringTooLarge.class})
    @PostMapping(path = "/api/villages/{code}/rule-sets/{version}/activate", params = "!dryRun")
    RuleSetView activate(@PathVariable String code, @PathVariable int version,
            @RequestBody(required = false) @Valid @Nullable Activate body, HttpServletRequest request, Actor by) {
        return view(activations.activate(code, version, from(body, request), by));
    }

    /** What activating would do, household by household and month by month; nothing is kept (ADR 0056). */
    @Operation(operationId = "activatePlanDryRun", summary = "启用前试算（不保存）· Dry run of an activation (?dryRun=true)",
            description = """
            The same as activating, done in a transaction that is rolled back: the answer shows each re-scored \
            month and household before and after; nothing is kept and nothing is audited.""")
    @Refuses({RuleSetNotFound.class, FinalisedMonthsInRange.class, ActivationMonthImplausible.class,
            RescoringTooLarge.class})
    @PostMapping(path = "/api/villages/{code}/rule-sets/{version}/activate", params = "dryRun=true")
    RuleSetView dryRun(@PathVariable String code, @PathVariable int version,
            @RequestBody(required = false) @Valid @Nullable Activate body, HttpServletRequest request, Actor by) {
        return view(activations.dryRun(code, version, from(body, request), by));
    }

    /**
     * The month asked for. No body (and no content type) is the default month; a body that is empty or JSON
     * {@code null} under a declared content type is malformed, not "no body".
     */
    private static @Nullable YearMonth from(@Nullable Activate body, HttpServletRequest request) {
        if (body == null && (request.getContentLengthLong() > 0 || request.getContentType() != null)) {
            throw new MalformedRequest("请求内容格式不正确：启用方案的请求体应为 {\"from\": \"yyyy-MM\"}，或者不写请求体");
        }
        return body == null || body.from() == null ? null : YearMonth.parse(body.from());
    }

    @Operation(operationId = "listPlans", summary = "本村的全部方案版本 · List a village's plan versions")
    @GetMapping("/api/villages/{code}/rule-sets")
    List<RuleSetView> all(@PathVariable String code) {
        return plans.versions(code).stream().map(version -> view(version, false, null)).toList();
    }

    /** One activation: the version, from which month on ({@code null}: every month), who and when. */
    record ActivationEntry(int version, @Nullable YearMonth from, String activatedBy, Instant activatedAt) {
    }

    /** Every activation of the village's plan versions, in the order they were made (ADR 0055). */
    @Operation(operationId = "listPlanActivations", summary = "本村方案的每次启用 · List a village's plan activations")
    @GetMapping("/api/villages/{code}/plan-activations")
    List<ActivationEntry> activations(@PathVariable String code) {
        return plans.activations(code).stream().map(activation -> new ActivationEntry(activation.getVersion(),
                activation.from().orElse(null), activation.getActivatedBy(), activation.getActivatedAt()))
                .toList();
    }

    @Operation(operationId = "getPlan", summary = "一版方案的文件和规则 · Get a plan version with its files and rules")
    @Refuses(RuleSetNotFound.class)
    @GetMapping("/api/villages/{code}/rule-sets/{version}")
    RuleSetView one(@PathVariable String code, @PathVariable int version) {
        return view(plans.version(code, version), true, null);
    }

    /** The spreadsheet clerks fill in to write a plan without programmers; it is itself a valid plan. */
    @Operation(operationId = "getPlanTemplate", summary = "下载方案模板表格 · Download the plan template spreadsheet")
    @GetMapping("/api/plan-template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(PlanTemplate.FILE_NAME, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(PlanTemplate.xlsx());
    }

    /** What changed from version {@code from} (by default the one before) to this version. */
    @Operation(operationId = "diffPlans", summary = "两版方案的差别 · Compare two plan versions")
    @Refuses(RuleSetNotFound.class)
    @GetMapping("/api/villages/{code}/rule-sets/{version}/diff")
    PlanDiff diff(@PathVariable String code, @PathVariable int version,
            @RequestParam(name = "from", required = false) @Nullable Integer from) {
        return plans.diff(code, from == null ? version - 1 : from, version);
    }

    private static RuleSetView view(Activated activated) {
        return view(activated.version(), false, new ActivationView(activated.from(), activated.changed(),
                activated.dryRun(), activated.rescored()));
    }

    private static RuleSetView view(PlanVersion version, boolean whole, @Nullable ActivationView activated) {
        RuleSet ruleSet = version.ruleSet();
        PlanActivation activation = version.lastActivation();
        return new RuleSetView(ruleSet.getVersion(), ruleSet.getSha256(), version.status(),
                ruleSet.getUploadedBy(), ruleSet.getUploadedAt(),
                activation == null ? null : activation.getActivatedAt(),
                activation == null ? null : activation.getActivatedBy(),
                ruleSet.getFiles().stream()
                        .map(file -> new FileView(file.getName(), file.getSha256(),
                                whole && !isBinary(file.getName()) ? file.text() : null,
                                whole && isBinary(file.getName()) ? file.base64() : null))
                        .toList(),
                whole ? ruleSet.getRules().stream()
                        .map(rule -> new RuleView(rule.getName(), rule.getFileName(), rule.getLine(), rule.getCap(),
                                rule.getCapWindow(), rule.getCapBy()))
                        .toList() : null,
                version.governs().stream().map(span -> new Months(span.from(), span.until())).toList(),
                activated, ruleSet.getWarnings());
    }

    private static PlanFile planFile(MultipartFile file) {
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            return new PlanFile(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1),
                    file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
