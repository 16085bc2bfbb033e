package org.jifen.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.engine.CapWindow;
import org.jifen.engine.PlanFile;
import org.jifen.evaluation.Simulation;
import org.jifen.evaluation.SimulationReport;
import org.jifen.plan.PlanActivation;
import org.jifen.plan.PlanDiff;
import org.jifen.plan.PlanService;
import org.jifen.plan.PlanTemplate;
import org.jifen.plan.PlanRefused;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetNotFound;
import org.jifen.plan.RuleSetStatus;
import org.jifen.scoring.PlanFault;
import org.jifen.web.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "方案 Plans", description = "各村的积分方案：上传、检查、启用、版本比较与试算 (a village's scoring plan)")
class PlanController {

    private final PlanService plans;
    private final Simulation simulation;

    PlanController(PlanService plans, Simulation simulation) {
        this.plans = plans;
        this.simulation = simulation;
    }

    /** What this version would have given each household in a past month, beside what it got; writes nothing. */
    @Operation(operationId = "simulatePlan", summary = "试算：这一版方案会给某月各户多少分 · Simulate a version on a past month")
    @Refuses({RuleSetNotFound.class, PlanFault.class})
    @GetMapping("/api/villages/{code}/rule-sets/{version}/simulation")
    SimulationReport simulate(@PathVariable String code, @PathVariable int version,
            @RequestParam("month") java.time.YearMonth month) {
        return simulation.simulate(code, version, month);
    }

    /** A file of a version: text files as {@code content}, spreadsheets as {@code contentBase64}. */
    record FileView(String name, String sha256, @Nullable String content, @Nullable String contentBase64) {
    }

    private static boolean isBinary(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    record RuleView(String name, String file, int line, @Nullable Integer cap, CapWindow capPer) {
    }

    record RuleSetView(int version, String sha256, RuleSetStatus status, String uploadedBy, Instant uploadedAt,
            @Nullable Instant activatedAt, @Nullable String activatedBy, List<FileView> files,
            @Nullable List<RuleView> rules) {
    }

    @AuditedAct(code = "plan.uploaded", label = "上传积分方案", target = "rule-set v#{#result?.body?.version() ?: '-'}",
            details = "{files: #files == null ? {} : #files.![originalFilename], sha256: #result?.body?.sha256()}")
    @Operation(operationId = "uploadPlan", summary = "上传方案（检查通过才保存）· Upload a plan version",
            responses = @ApiResponse(responseCode = "201", description = "已保存 (stored as the next version)",
                    useReturnTypeSchema = true))
    @Refuses(PlanRefused.class)
    @PostMapping(path = "/api/villages/{code}/rule-sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RuleSetView> upload(@PathVariable String code,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Actor by) {
        List<PlanFile> planFiles = files == null ? List.of() : files.stream().map(PlanController::planFile).toList();
        RuleSet ruleSet = plans.upload(code, planFiles, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/rule-sets/" + ruleSet.getVersion()))
                .body(view(ruleSet, false));
    }

    @AuditedAct(code = "plan.activated", label = "启用积分方案", target = "rule-set v#{#version}",
            details = "{sha256: #result?.sha256()}")
    @Operation(operationId = "activatePlan", summary = "启用一版方案 · Activate a plan version")
    @Refuses(RuleSetNotFound.class)
    @PostMapping("/api/villages/{code}/rule-sets/{version}/activate")
    RuleSetView activate(@PathVariable String code, @PathVariable int version, Actor by) {
        return view(plans.activate(code, version, by), false);
    }

    @Operation(operationId = "listPlans", summary = "本村的全部方案版本 · List a village's plan versions")
    @GetMapping("/api/villages/{code}/rule-sets")
    List<RuleSetView> all(@PathVariable String code) {
        return plans.versions(code).stream().map(ruleSet -> view(ruleSet, false)).toList();
    }

    @Operation(operationId = "getPlan", summary = "一版方案的文件和规则 · Get a plan version with its files and rules")
    @Refuses(RuleSetNotFound.class)
    @GetMapping("/api/villages/{code}/rule-sets/{version}")
    RuleSetView one(@PathVariable String code, @PathVariable int version) {
        return view(plans.version(code, version), true);
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

    private RuleSetView view(RuleSet ruleSet, boolean whole) {
        PlanActivation activation = plans.lastActivation(ruleSet.id()).orElse(null);
        return new RuleSetView(ruleSet.getVersion(), ruleSet.getSha256(), ruleSet.getStatus(),
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
                                rule.getCapWindow()))
                        .toList() : null);
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
