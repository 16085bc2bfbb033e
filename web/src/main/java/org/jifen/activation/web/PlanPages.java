package org.jifen.activation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.activation.ActivationService;
import org.jifen.endpoint.AuditedAct;
import org.jifen.engine.PlanFile;
import org.jifen.evaluation.Simulation;
import org.jifen.plan.PlanRefused;
import org.jifen.plan.PlanService;
import org.jifen.plan.PlanTemplate;
import org.jifen.plan.PlanVersion;
import org.jifen.plan.RuleInWords;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSetFile;
import org.jifen.plan.RuleSetStatus;
import org.jifen.problem.NotFound;
import org.jifen.problem.Refusal;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The village admin's plan workbench (村管理员): upload a spreadsheet, sentences or DRL with their rule tests and see
 * every refusal beside its file, line and cell; simulate a past month with a draft and see who gains or loses; compare
 * versions; activate. The same services, checks and audit entries as the API.
 */
@PageController
class PlanPages {

    private final PlanService plans;
    private final ActivationService activations;
    private final Simulation simulation;
    private final VillageService villages;
    private final Clock clock;

    PlanPages(PlanService plans, ActivationService activations, Simulation simulation, VillageService villages,
            Clock clock) {
        this.activations = activations;
        this.plans = plans;
        this.simulation = simulation;
        this.villages = villages;
        this.clock = clock;
    }

    @GetMapping("/v/{code}/plan")
    String workbench(@PathVariable String code, Model model) {
        model.addAttribute("village", villages.byCode(code));
        List<PlanVersion> newestFirst = new java.util.ArrayList<>(plans.versions(code));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        return "plan/workbench";
    }

    @AuditedAct(code = "plan.uploaded", label = "上传积分方案", target = "rule-set v#{#result?.model?.['version'] ?: '-'}",
            details = "{files: #files == null ? {} : #files.![originalFilename]}")
    @PostMapping("/v/{code}/plan")
    ModelAndView upload(@PathVariable String code,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Actor by) {
        List<PlanFile> planFiles = files == null ? List.of() : files.stream().filter(file -> !file.isEmpty())
                .map(PlanPages::planFile).toList();
        RuleSet uploaded = plans.upload(code, planFiles, by);
        // The version goes into the audit entry and, as ?version=, into the address of the page it leads to.
        return new ModelAndView("redirect:/v/" + code + "/plan/" + uploaded.getVersion(), "version",
                uploaded.getVersion());
    }

    @GetMapping("/v/{code}/plan/{version}")
    String version(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable Integer from, Model model) {
        PlanVersion plan = plans.version(code, version);
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("plan", plan);
        model.addAttribute("ruleSet", plan.ruleSet());
        model.addAttribute("inWords", RuleInWords.of(plan.ruleSet()));
        model.addAttribute("activation", plan.lastActivation());
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1));
        model.addAttribute("nextMonth", YearMonth.now(clock).plusMonths(1));
        // Compared with the version in force by default (what activating would replace); a version in force is
        // compared with the last one activated before it (what it replaced), not with a draft never activated.
        List<PlanVersion> versions = plans.versions(code);
        // What the activation's confirmation says of the month it applies from (tryout clerk 5, M7).
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        model.addAttribute("thisMonth", YearMonth.now(clock));
        model.addAttribute("fromByDefault", versions.stream().anyMatch(other -> other.lastActivation() != null)
                ? "它从 " + next.getYear() + "年" + next.getMonthValue() + "月起适用，本月及以前已记的事件不变。"
                : "它适用于所有月份。");
        Integer active = versions.stream().filter(other -> other.status() == RuleSetStatus.ACTIVE)
                .map(other -> other.ruleSet().getVersion()).findFirst().orElse(null);
        Integer replaced = versions.stream().filter(other -> other.ruleSet().getVersion() < version
                && other.lastActivation() != null).map(other -> other.ruleSet().getVersion())
                .max(Integer::compare).orElse(null);
        int compareWith = from != null ? from : active != null && active != version ? active
                : replaced != null ? replaced : version - 1;
        if (compareWith >= 1 && compareWith != version) {
            model.addAttribute("diff", plans.diff(code, compareWith, version));
        }
        if (month != null) {
            model.addAttribute("simulation", simulation.simulate(code, version, month));
        }
        return "plan/version";
    }

    /** Puts the version in force from the month asked for; none: as the API's default (ADR 0055). */
    @AuditedAct(code = "plan.activated", label = "启用积分方案", target = "rule-set v#{#version}",
            details = "{from: #from?.toString()}")
    @PostMapping("/v/{code}/plan/{version}/activate")
    String activate(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) @Nullable YearMonth from, Actor by) {
        activations.activate(code, version, from, by);
        return "redirect:/v/" + code + "/plan/" + version + "?activated";
    }

    /** A file of a version exactly as uploaded, so that a clerk can see, keep and change what is in force. */
    @GetMapping("/v/{code}/plan/{version}/files/{file}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable int version,
            @PathVariable("file") String name) {
        RuleSetFile file = plans.version(code, version).ruleSet().getFiles().stream()
                .filter(candidate -> candidate.getName().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("第 " + version + " 版方案没有名为「" + name + "」的文件"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(file.getName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The spreadsheet clerks fill in to write a plan without programmers (the API's, for a signed-in page). */
    @GetMapping("/v/{code}/plan/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(PlanTemplate.FILE_NAME, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(PlanTemplate.xlsx());
    }

    /** A refused upload: the workbench again with every problem, and every warning, beside its file and line (or cell). */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        var match = java.util.regex.Pattern.compile("^/v/([^/]+)/plan$").matcher(request.getRequestURI());
        if (!(refusal instanceof PlanRefused refused) || !match.matches()) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new org.springframework.ui.ExtendedModelMap();
        workbench(match.group(1), model);
        ModelAndView page = new ModelAndView("plan/workbench", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problem", refusal.getMessage());
        page.addObject("errors", refused.properties().get("errors"));
        page.addObject("refusalWarnings", refused.properties().getOrDefault("warnings", java.util.List.of()));
        return page;
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
