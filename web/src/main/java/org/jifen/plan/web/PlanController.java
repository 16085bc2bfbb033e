package org.jifen.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
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
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetStatus;
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
class PlanController {

    private final PlanService plans;
    private final Simulation simulation;

    PlanController(PlanService plans, Simulation simulation) {
        this.plans = plans;
        this.simulation = simulation;
    }

    /** What this version would have given each household in a past month, beside what it got; writes nothing. */
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
    @PostMapping("/api/villages/{code}/rule-sets/{version}/activate")
    RuleSetView activate(@PathVariable String code, @PathVariable int version, Actor by) {
        return view(plans.activate(code, version, by), false);
    }

    @GetMapping("/api/villages/{code}/rule-sets")
    List<RuleSetView> all(@PathVariable String code) {
        return plans.versions(code).stream().map(ruleSet -> view(ruleSet, false)).toList();
    }

    @GetMapping("/api/villages/{code}/rule-sets/{version}")
    RuleSetView one(@PathVariable String code, @PathVariable int version) {
        return view(plans.version(code, version), true);
    }

    /** The spreadsheet clerks fill in to write a plan without programmers; it is itself a valid plan. */
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
