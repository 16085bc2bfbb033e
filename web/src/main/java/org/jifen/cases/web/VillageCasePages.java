package org.jifen.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.cases.CasePhotoLimitReached;
import org.jifen.cases.CaseService;
import org.jifen.cases.CaseView;
import org.jifen.cases.NewCase;
import org.jifen.files.EvidenceTooLarge;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.files.StoredFiles;
import org.jifen.household.Household;
import org.jifen.household.HouseholdService;
import org.jifen.problem.Refusal;
import org.jifen.village.VillageService;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
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
 * A village's typical cases (典型案例) on a page: the cases it submitted with where each stands, and a form to submit
 * one (title, story, the households by 户号, the items, photos), through the same service and audit as the API. A
 * refused form comes back with the refusal next to its field and what was typed kept; nothing is half-submitted.
 */
@PageController
class VillageCasePages {

    private static final Pattern CASES_PATH = Pattern.compile("^/v/([^/]+)/cases$");
    private static final int MOST_PHOTOS = 10;

    private final CaseService cases;
    private final HouseholdService households;
    private final VillageService villages;

    VillageCasePages(CaseService cases, HouseholdService households, VillageService villages) {
        this.cases = cases;
        this.households = households;
        this.villages = villages;
    }

    @GetMapping("/v/{code}/cases")
    String list(@PathVariable String code, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("cases", cases.ofVillage(code));
        model.addAttribute("problems", Map.of());
        return "cases/village";
    }

    @AuditedAct(code = "case.submitted", label = "上报典型案例", target = "case #{#title}")
    @PostMapping("/v/{code}/cases")
    String submit(@PathVariable String code, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String householdNos,
            @RequestParam(defaultValue = "") String items,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Actor by) {
        FormFields form = new FormFields();
        String caseTitle = form.text("title", title, "标题", 100, true);
        String story = form.text("text", text, "经过和成效", 5000, true);
        List<Long> concerned = householdIds(code, householdNos, form);
        List<String> itemList = items.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (itemList.size() > 20 || itemList.stream().anyMatch(item -> item.length() > 100)) {
            form.refuse("items", "涉及的事项最多 20 项，每项不超过 100 个字，一行写一项");
        }
        List<CaseService.NewPhoto> chosen = new ArrayList<>();
        for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty()) {
                chosen.add(new CaseService.NewPhoto(photo.getOriginalFilename(), StoredFiles.bytes(photo)));
            }
        }
        if (chosen.size() > MOST_PHOTOS) {
            form.refuse("photos", "每个案例最多 " + MOST_PHOTOS + " 张照片，现选了 " + chosen.size() + " 张");
        }
        form.check();
        CaseView submitted = cases.submit(code, new NewCase(caseTitle, story, concerned, itemList), chosen, by);
        return "redirect:/v/" + code + "/cases?submitted=" + submitted.id() + "#case-" + submitted.id();
    }

    /** The households named by 户号 (separated by commas, spaces or new lines); an unknown one is refused by name. */
    private List<Long> householdIds(String code, String householdNos, FormFields form) {
        List<String> numbers = java.util.Arrays.stream(householdNos.split("[,，、;；\\s]+"))
                .map(String::strip).filter(number -> !number.isEmpty()).distinct().toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, Long> byNumber = new LinkedHashMap<>();
        for (Household household : households.all(code)) {
            byNumber.put(household.getHouseholdNo(), household.id());
        }
        List<String> unknown = numbers.stream().filter(number -> !byNumber.containsKey(number)).toList();
        if (!unknown.isEmpty()) {
            form.refuse("householdNos", "本村没有户号为 " + String.join("、", unknown) + " 的农户，请核对");
        } else if (numbers.size() > 50) {
            form.refuse("householdNos", "一个案例最多写 50 户");
        }
        return numbers.stream().filter(byNumber::containsKey).map(byNumber::get).toList();
    }

    /** A refused case: the page again, the refusal next to its field, what was typed kept (photos chosen again). */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        Matcher match = CASES_PATH.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !match.matches()) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        try {
            list(match.group(1), model);
        } catch (Refusal noVillage) {
            return PageErrors.view(Problems.status(noVillage), noVillage.getMessage());
        }
        Map<String, String> problems = new LinkedHashMap<>(FormFields.byField(refusal));
        if (refusal instanceof EvidenceTooLarge || refusal instanceof EvidenceTypeNotAllowed
                || refusal instanceof CasePhotoLimitReached) {
            problems.put("photos", refusal.getMessage());
        } else if (problems.isEmpty()) {
            problems.put("form", refusal.getMessage());
        }
        ModelAndView page = new ModelAndView("cases/village", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problems", problems);
        return page;
    }
}
