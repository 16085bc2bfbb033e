package org.jifen.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.evaluation.EvaluationService;
import org.jifen.files.EvidenceFile;
import org.jifen.files.UploadedFile;
import org.jifen.finalisation.SignOffSheetService;
import org.jifen.group.GroupService;
import org.jifen.month.MonthService;
import org.jifen.problem.MalformedRequest;
import org.jifen.problem.Refusal;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The month's cycle on a page: staff and the village admin run the evaluation; the village admin reviews each
 * household's month and rejects an award with the group's reason, enters the approvals of the self-governance group's
 * members with a photo of the sheet they signed, and finalises (ADR 0085). Same services and audit as the API.
 */
@PageController
class MonthPages {

    /** Households on one page of a village's month. */
    static final int HOUSEHOLDS_PER_PAGE = 50;

    private final EvaluationService cycle;
    private final MonthService months;
    private final GroupService group;
    private final SignOffSheetService sheets;
    private final VillageService villages;
    private final Clock clock;

    MonthPages(EvaluationService cycle, MonthService months, GroupService group, SignOffSheetService sheets,
            VillageService villages, Clock clock) {
        this.cycle = cycle;
        this.months = months;
        this.group = group;
        this.sheets = sheets;
        this.villages = villages;
        this.clock = clock;
    }

    @GetMapping("/v/{code}/months")
    String current(@PathVariable String code) {
        return "redirect:/v/" + code + "/months/" + YearMonth.now(clock).minusMonths(1);
    }

    @GetMapping("/v/{code}/months/{month}")
    String month(@PathVariable String code, @PathVariable YearMonth month,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "household", required = false) @Nullable Long household, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("month", month);
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        model.addAttribute("over", month.isBefore(YearMonth.now(clock)));
        model.addAttribute("status", cycle.status(code, month));
        // A page of households at a time, so that a large village's month stays a page (ADR 0127's pattern); a link
        // to one household (after a rejection) opens the page it is on.
        int position = household == null ? -1 : months.positionInVillage(code, month, household);
        int shown = position >= 0 ? position / HOUSEHOLDS_PER_PAGE + 1 : Math.max(1, page);
        MonthService.VillagePage households = months.village(code, month, (shown - 1) * HOUSEHOLDS_PER_PAGE,
                HOUSEHOLDS_PER_PAGE);
        model.addAttribute("households", households.households());
        model.addAttribute("householdPage", shown);
        model.addAttribute("householdPages", Math.max(1, (households.total() + HOUSEHOLDS_PER_PAGE - 1) / HOUSEHOLDS_PER_PAGE));
        model.addAttribute("householdsFrom", households.from());
        model.addAttribute("householdsTotal", households.total());
        model.addAttribute("members", group.active(code));
        return "month/month";
    }

    @AuditedAct(code = "month.evaluated", label = "月度评分", target = "month #{#month}")
    @PostMapping("/v/{code}/months/{month}/evaluate")
    String evaluate(@PathVariable String code, @PathVariable YearMonth month, Actor by) {
        cycle.evaluate(code, month, by);
        return "redirect:/v/" + code + "/months/" + month + "?evaluated";
    }

    /**
     * The approvals the admin enters for the group, and the photo of the sheet they signed if one is chosen: the
     * photo is checked before anything is finalised, and attached in the same request after it.
     */
    @AuditedAct(code = "month.finalised", label = "月度定稿", target = "month #{#month}",
            details = "{approvedBy: #approvedBy, sheet: #sheet?.originalFilename}")
    @PostMapping("/v/{code}/months/{month}/finalise")
    String finalise(@PathVariable String code, @PathVariable YearMonth month,
            @RequestParam(name = "approvedBy", required = false) @Nullable List<Long> approvedBy,
            @RequestParam(name = "sheet", required = false) @Nullable MultipartFile sheet, Actor by) {
        UploadedFile photo = sheet == null || sheet.isEmpty() ? null
                : SignOffSheetService.check(sheet.getOriginalFilename(), bytes(sheet));
        cycle.finalise(code, month, approvedBy == null ? List.of() : approvedBy, by);
        if (photo != null) {
            sheets.attach(code, month, photo, by);
        }
        return "redirect:/v/" + code + "/months/" + month + "?finalised";
    }

    @AuditedAct(code = "sign-off-sheet.attached", label = "上传自治小组签字表", target = "month #{#month}",
            details = "{file: #sheet?.originalFilename}")
    @PostMapping("/v/{code}/months/{month}/sign-off-sheets")
    String attachSheet(@PathVariable String code, @PathVariable YearMonth month,
            @RequestParam(name = "sheet", required = false) @Nullable MultipartFile sheet, Actor by) {
        if (sheet == null || sheet.isEmpty()) {
            throw new MalformedRequest("请选择签字表的照片或 PDF 文件");
        }
        sheets.attach(code, month, SignOffSheetService.check(sheet.getOriginalFilename(), bytes(sheet)),
                by);
        return "redirect:/v/" + code + "/months/" + month + "?sheetAttached";
    }

    /** A signed sheet, shown inline when it is a photo (its type was read from its bytes), else downloaded. */
    @GetMapping("/v/{code}/sign-off-sheets/{id}")
    ResponseEntity<byte[]> sheet(@PathVariable String code, @PathVariable long id) {
        EvidenceFile file = sheets.download(code, id);
        boolean image = file.contentType().startsWith("image/");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** A refused act of the month: its page again with the refusal on top and the ticked members still ticked. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        var match = java.util.regex.Pattern.compile("^/v/([^/]+)/months/(\\d{4}-\\d{2})/[a-z-]+$")
                .matcher(request.getRequestURI());
        if (!match.matches() || !"POST".equals(request.getMethod())) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        month(match.group(1), YearMonth.parse(match.group(2)), 1, null, model);
        ModelAndView page = new ModelAndView("month/month", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problem", refusal.getMessage());
        String[] ticked = request.getParameterValues("approvedBy");
        page.addObject("ticked", ticked == null ? List.of() : List.of(ticked));
        return page;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
