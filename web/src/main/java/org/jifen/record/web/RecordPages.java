package org.jifen.record.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jifen.access.Actor;
import org.jifen.card.CardScans;
import org.jifen.endpoint.AuditedAct;
import org.jifen.evidence.EvidenceService;
import org.jifen.evidence.NewEvidence;
import org.jifen.files.UploadedFile;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.HouseholdService;
import org.jifen.month.EntryPage;
import org.jifen.month.MonthService;
import org.jifen.problem.MalformedRequest;
import org.jifen.problem.Refusal;
import org.jifen.review.Rejection;
import org.jifen.review.ReviewService;
import org.jifen.scoring.ActivePlans;
import org.jifen.scoring.EventRecorder;
import org.jifen.scoring.RecordEvent;
import org.jifen.scoring.Recorded;
import org.jifen.scoring.RecordedEvents;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff at the doorstep (记分员): find a household (by group, 户号, head's name or its card's QR code), record what it
 * did in a few taps with a photo, see at once what its month gains after caps and why, list the day's entries and
 * take back their own mistake while the month is open. The phone's queue (record.js) posts to {@code /events}.
 */
@PageController
class RecordPages {

    /** The entries of the household's month staff see under the form: its latest. */
    static final int LATEST_ENTRIES = 30;
    /** The events of one's day listed: a day's real work is a few dozen. */
    static final int TODAY_AT_MOST = 200;

    private static final int FOUND_AT_MOST = 50;
    /** A request attribute: the entry was refused for its photo, before anything was recorded. */
    private static final String PHOTO_REFUSED = RecordPages.class.getName() + ".photoRefused";

    private final HouseholdService households;
    private final VillageService villages;
    private final EventRecorder recorder;
    private final EvidenceService evidence;
    private final MonthService months;
    private final RecordedEvents recorded;
    private final ReviewService review;
    private final CardScans scans;
    private final EventForm form;
    private final ActivePlans plans;
    private final Clock clock;

    RecordPages(HouseholdService households, VillageService villages, EventRecorder recorder,
            EvidenceService evidence, MonthService months, RecordedEvents recorded, ReviewService review,
            CardScans scans, EventForm form, ActivePlans plans, Clock clock) {
        this.plans = plans;
        this.households = households;
        this.villages = villages;
        this.recorder = recorder;
        this.evidence = evidence;
        this.months = months;
        this.recorded = recorded;
        this.review = review;
        this.scans = scans;
        this.form = form;
        this.clock = clock;
    }

    @GetMapping("/v/{code}/record")
    String find(@PathVariable String code, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String group,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("found", households.find(code, q, group, FOUND_AT_MOST));
        model.addAttribute("searched", q != null || group != null);
        return htmx != null ? "record/find :: results" : "record/find";
    }

    /** A card's QR code (the link it holds) or a 户号, typed or scanned: straight to that household. */
    @GetMapping("/v/{code}/record/scan")
    String scan(@PathVariable String code, @RequestParam(name = "code", defaultValue = "") String scanned) {
        return scans.household(code, scanned)
                .map(household -> "redirect:/v/" + code + "/households/" + household + "/record")
                .orElse("redirect:/v/" + code + "/record?q=" + java.net.URLEncoder.encode(scanned.strip(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/v/{code}/households/{id}/record")
    String form(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) @Nullable String done,
            @RequestParam(name = "month", required = false) @Nullable YearMonth shown, Model model) {
        Household household = households.get(code, id);
        YearMonth now = YearMonth.now(clock);
        // After a back-dated entry, the month it went into (tryout pages-2 minor 6); never a month still to come.
        YearMonth month = shown == null || shown.isAfter(now) ? now : shown;
        if (done != null) {
            var result = recorder.find(code, done);
            model.addAttribute("done", result);
            model.addAttribute("doneMonth", month);
            model.addAttribute("doneEvidence", evidence.list(code, done));
        }
        model.addAttribute("thisMonth", month.equals(now));
        var village = villages.byCode(code);
        model.addAttribute("village", village);
        model.addAttribute("noPlan", plans.noneGoverns(village, month).orElse(null));
        model.addAttribute("household", household);
        // A plan activated from a later month describes the types until then (tryout clerk 5, M1).
        var toCome = recorder.toCome(code).orElse(null);
        model.addAttribute("toCome", toCome);
        var types = toCome != null ? toCome.types() : recorder.eventTypes(code);
        model.addAttribute("types", types);
        model.addAttribute("choices", recorder.attributeChoices(code));
        model.addAttribute("effects", recorder.typeEffects(code));
        model.addAttribute("categories", types.stream().map(type -> type.category()).distinct().toList());
        model.addAttribute("knownTypes", types.isEmpty() ? recorder.typesThatCounted(code) : List.of());
        // Staff at the doorstep see the month's latest entries; the figures count them all (ADR 0220).
        model.addAttribute("month", months.view(code, id, month, EntryPage.latest(LATEST_ENTRIES)));
        model.addAttribute("eventId", UUID.randomUUID().toString());
        model.addAttribute("today", LocalDate.now(clock));
        return "record/form";
    }

    /** The form without script: record, attach the photo, and show the household's month with the result. */
    @PostMapping("/v/{code}/households/{id}/record")
    String record(@PathVariable String code, @PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Actor by) {
        Saved saved = save(code, id, fields, photo, by);
        return "redirect:" + page(code, id, saved);
    }

    /**
     * The phone's queue sends each entry here, with the {@code eventId} it was given on the phone: a repeat (its first
     * answer was lost) is answered 200 with the first result and records nothing twice.
     */
    @PostMapping("/v/{code}/events")
    ResponseEntity<Map<String, Object>> send(@PathVariable String code, @RequestParam long householdId,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Actor by) {
        Saved saved = save(code, householdId, fields, photo, by);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("eventId", saved.recorded().result().eventId());
        answer.put("created", saved.recorded().created());
        answer.put("points", saved.recorded().result().awards().stream().mapToInt(line -> line.points()).sum());
        answer.put("page", page(code, householdId, saved));
        return saved.recorded().created() ? ResponseEntity.status(201).body(answer) : ResponseEntity.ok(answer);
    }

    @GetMapping("/v/{code}/today")
    String today(@PathVariable String code, Actor me, Model model) {
        model.addAttribute("village", villages.byCode(code));
        var today = recorded.byRecorderOn(code, me.username(), LocalDate.now(clock), TODAY_AT_MOST);
        model.addAttribute("entries", today.latest());
        model.addAttribute("total", today.total());
        return "record/today";
    }

    /** Takes back one's own mistake (an entry one's own event gave, within the open month). */
    @AuditedAct(code = "award.taken-back", label = "撤销本人记错的积分", target = "award #{#id}",
            details = "{reason: #reason}")
    @PostMapping("/v/{code}/awards/{id}/reject")
    String reject(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String back, Actor by) {
        if (reason.isBlank()) {
            throw new MalformedRequest("请写明撤销或驳回的理由（例如：记错了户）");
        }
        review.takeBack(code, id, reason.strip(), by);
        String page = back.startsWith("/v/" + code + "/") && !back.contains("?") ? back : "/v/" + code + "/today";
        return "redirect:" + page + "?takenBack=" + id;
    }

    /** The month page's review: the award chosen from the household's list, rejected with the group's reason. */
    @AuditedAct(code = "award.rejected", label = "审核驳回积分", target = "award #{#award}",
            details = "{reason: #reason}")
    @PostMapping("/v/{code}/awards/reject")
    String rejectChosen(@PathVariable String code, @RequestParam long award,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String back,
            @RequestParam(required = false) @Nullable Long household, Actor by) {
        if (reason.isBlank()) {
            throw new MalformedRequest("请写明驳回的理由");
        }
        review.reject(code, award, new Rejection(reason.strip(), null), by);
        String page = back.startsWith("/v/" + code + "/") && !back.contains("?") ? back : "/v/" + code;
        return "redirect:" + page + "?rejected=" + award
                + (household == null ? "" : "&household=" + household + "#household-" + household);
    }

    /** A refused entry: the form again, with what was typed and the refusal beside it (the photo must be chosen again). */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        String path = request.getRequestURI();
        var match = java.util.regex.Pattern.compile("^/v/([^/]+)/households/(\\d+)/record$").matcher(path);
        String problem = Boolean.TRUE.equals(request.getAttribute(PHOTO_REFUSED))
                ? "照片没有通过检查，这次提交什么都没有记录：" + refusal.getMessage()
                        + " 请换一张照片（或不附照片），再点“记分”。"
                : refusal.getMessage();
        if (!"POST".equals(request.getMethod()) || !match.matches() || refusal instanceof HouseholdNotFound) {
            return PageErrors.view(Problems.status(refusal), problem);
        }
        String code = match.group(1);
        long id = Long.parseLong(match.group(2));
        Model model = new org.springframework.ui.ExtendedModelMap();
        form(code, id, null, null, model);
        ModelAndView page = new ModelAndView("record/form", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problem", problem);
        page.addObject("eventId", request.getParameter("eventId"));
        return page;
    }

    /** An entry as recorded, and the month it went into. */
    private record Saved(Recorded recorded, YearMonth month) {
    }

    /** The household's record page after an entry: its result, and the month it went into. */
    private String page(String code, long householdId, Saved saved) {
        return "/v/" + code + "/households/" + householdId + "/record?done=" + saved.recorded().result().eventId()
                + (saved.month().equals(YearMonth.now(clock)) ? "" : "&month=" + saved.month());
    }

    /**
     * Records the entry and attaches its photo. The photo is checked first, as evidence checks it: a refused photo
     * refuses the whole entry, so nothing is half-written (tryout pages-2 M1).
     */
    private Saved save(String code, long householdId, MultiValueMap<String, String> fields,
            @Nullable MultipartFile photo, Actor by) {
        RecordEvent request = form.read(householdId, fields, LocalDate.now(clock));
        byte[] bytes = null;
        if (photo != null && !photo.isEmpty()) {
            try {
                bytes = photo.getBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            try {
                UploadedFile.checked(photo.getOriginalFilename(), bytes, "evidence");
            } catch (Refusal refused) {
                RequestContextHolder.currentRequestAttributes().setAttribute(PHOTO_REFUSED, true,
                        RequestAttributes.SCOPE_REQUEST);
                throw refused;
            }
        }
        Recorded saved = recorder.record(code, request, by);
        if (bytes != null) {
            evidence.attachOnce(code, request.eventId(), new NewEvidence(photo.getOriginalFilename(), bytes, null),
                    by);
        }
        return new Saved(saved, YearMonth.from(request.occurredOn()));
    }
}
