package org.jifen.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.cases.BaseSelection;
import org.jifen.cases.CaseNotFound;
import org.jifen.cases.CasePhotoNotFound;
import org.jifen.cases.CasePublication;
import org.jifen.cases.CaseReview;
import org.jifen.cases.CaseService;
import org.jifen.cases.CaseStatus;
import org.jifen.cases.CaseView;
import org.jifen.cases.DemonstrationBaseView;
import org.jifen.cases.DemonstrationService;
import org.jifen.cases.VillageNotPilot;
import org.jifen.endpoint.AuditedAct;
import org.jifen.files.EvidenceFile;
import org.jifen.files.StoredFiles;
import org.jifen.problem.Refusal;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The township's typical cases (典型案例) and demonstration base (示范基地) on pages: every village's cases listed by
 * status, one case with its photos and steps, reviewed (shortlisted or not) and published; the pilot villages and
 * the year's base chosen among them, every choice kept. Reading for the township's admin and auditors, acting for
 * its admin only. Same services and audit as the API.
 */
@PageController
class CasePages {

    private static final Pattern CASE_ACT = Pattern.compile("^/township/cases/(\\d+)/(review|publication)$");

    private final CaseService cases;
    private final DemonstrationService demonstration;

    CasePages(CaseService cases, DemonstrationService demonstration) {
        this.cases = cases;
        this.demonstration = demonstration;
    }

    @GetMapping("/township/cases")
    String list(@RequestParam(required = false) @Nullable CaseStatus status, Model model) {
        List<CaseView> all = cases.all(null);
        model.addAttribute("cases", status == null ? all : all.stream().filter(c -> c.status() == status).toList());
        model.addAttribute("counts", all.stream().collect(Collectors.groupingBy(CaseView::status,
                () -> new java.util.EnumMap<>(CaseStatus.class), Collectors.counting())));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", status);
        return "cases/list";
    }

    @GetMapping("/township/cases/{id}")
    String one(@PathVariable long id, Actor me, Model model) {
        model.addAttribute("c", cases.one(id, me));
        model.addAttribute("problems", Map.of());
        return "cases/case";
    }

    /** A photo of the case: pictures shown in the page, anything else (a PDF) downloaded. */
    @GetMapping("/township/cases/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photo, Actor me) {
        CaseView shown = cases.one(id, me);
        if (shown.photos().stream().noneMatch(p -> p.id() == photo)) {
            throw new CasePhotoNotFound(shown.village(), photo);
        }
        EvidenceFile file = cases.photo(shown.village(), photo);
        return file.contentType().startsWith("image/") ? StoredFiles.inline(file) : StoredFiles.attachment(file);
    }

    @AuditedAct(code = "case.reviewed", label = "审核典型案例", target = "case #{#id}",
            village = "#result?.model?.['village']", details = "{decision: #decision, note: #note}")
    @PostMapping("/township/cases/{id}/review")
    ModelAndView review(@PathVariable long id, @RequestParam(required = false) CaseReview.@Nullable Decision decision,
            @RequestParam(defaultValue = "") String note, Actor by) {
        FormFields form = new FormFields();
        if (decision == null) {
            form.refuse("decision", "请选审核结果：入围，或不入选");
        }
        String why = form.text("note", note, "审核意见", 500, decision == CaseReview.Decision.RETURN);
        form.check();
        return done(id, "reviewed", cases.review(id, new CaseReview(decision, why), by));
    }

    @AuditedAct(code = "case.published", label = "发布典型案例", target = "case #{#id}",
            village = "#result?.model?.['village']", details = "{note: #note}")
    @PostMapping("/township/cases/{id}/publication")
    ModelAndView publish(@PathVariable long id, @RequestParam(defaultValue = "") String note, Actor by) {
        FormFields form = new FormFields();
        String where = form.text("publicationNote", note, "发布说明", 500, false);
        form.check();
        return done(id, "published", cases.publish(id, new CasePublication(where), by));
    }

    @GetMapping("/township/demonstration-base")
    String base(Model model) {
        List<DemonstrationBaseView> bases = demonstration.bases();
        Set<Integer> years = new HashSet<>();
        // Newest first: the first selection of a year is that year's base, the others were revised.
        model.addAttribute("bases", bases.stream().map(base -> new Selection(base, years.add(base.year()))).toList());
        Map<String, Long> published = cases.all(CaseStatus.PUBLISHED).stream()
                .collect(Collectors.groupingBy(CaseView::village, Collectors.counting()));
        model.addAttribute("pilots", demonstration.pilots());
        // the base the admin saw: choosing another village replaces that one, never one chosen meanwhile (ADR 0112)
        model.addAttribute("currentBase", demonstration.current().map(DemonstrationBaseView::village).orElse(""));
        model.addAttribute("published", published);
        model.addAttribute("problems", Map.of());
        return "cases/base";
    }

    @AuditedAct(code = "demonstration-base.selected", label = "选定示范基地", target = "demonstration base",
            village = "#village", details = "{reason: #reason}")
    @PostMapping("/township/demonstration-base")
    String select(@RequestParam(defaultValue = "") String village, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String replaces, Actor by) {
        FormFields form = new FormFields();
        String pilot = form.text("village", village, "示范基地（从试点村中选）", 40, true);
        String why = form.text("reason", reason, "选定理由", 500, true);
        form.check();
        demonstration.select(new BaseSelection(pilot, why, replaces.isBlank() ? null : replaces.strip()), by);
        return "redirect:/township/demonstration-base?selected";
    }

    /** A refused act: its page again with the refusal next to the field, what was typed kept. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request, Actor me) {
        String path = request.getRequestURI();
        Matcher act = CASE_ACT.matcher(path);
        boolean posted = "POST".equals(request.getMethod());
        Model model = new ExtendedModelMap();
        String view;
        if (posted && act.matches() && !(refusal instanceof CaseNotFound)) {
            try {
                one(Long.parseLong(act.group(1)), me, model);
            } catch (CaseNotFound noSuchCase) {
                return PageErrors.view(Problems.status(noSuchCase), noSuchCase.getMessage());
            }
            view = "cases/case";
        } else if (posted && path.equals("/township/demonstration-base")) {
            base(model);
            view = "cases/base";
        } else {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Map<String, String> problems = new LinkedHashMap<>(FormFields.byField(refusal));
        if (refusal instanceof VillageNotPilot) {
            problems.put("village", "所选的村不是试点村：示范基地只能从试点村中选定");
        } else if (problems.isEmpty()) {
            problems.put(act.matches() ? act.group(2) : "village", refusal.getMessage());
        }
        ModelAndView page = new ModelAndView(view, model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problems", problems);
        return page;
    }

    /** Back to the case's page; the case's village kept for the audit log, not put in the address. */
    private static ModelAndView done(long id, String what, CaseView acted) {
        RedirectView back = new RedirectView("/township/cases/" + id + "?" + what, true);
        back.setExposeModelAttributes(false);
        return new ModelAndView(back, "village", acted.village());
    }

    /** A selection of the demonstration base, and whether it is its year's base (the latest) or was revised. */
    record Selection(DemonstrationBaseView base, boolean current) {
    }
}
