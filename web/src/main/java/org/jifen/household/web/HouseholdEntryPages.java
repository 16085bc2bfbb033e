package org.jifen.household.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.household.HouseholdAlreadyRegistered;
import org.jifen.household.HouseholdChange;
import org.jifen.household.HouseholdEdit;
import org.jifen.household.HouseholdLimits;
import org.jifen.household.HouseholdNotFound;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * One household's page in the register (tryout pages-2 minor 2): its entry and every change kept, and for the village
 * admin the form that changes it (the API's {@code PATCH}, same service, checks and audit) and the button that renews
 * its card. A refusal comes back next to the field it concerns with everything typed kept (ADR 0115, ADR 0175).
 */
@PageController
class HouseholdEntryPages {

    private static final Pattern HOUSEHOLD_PATH = Pattern.compile("^/v/([^/]+)/households/(\\d+)$");

    private final HouseholdService households;
    private final VillageService villages;

    HouseholdEntryPages(HouseholdService households, VillageService villages) {
        this.households = households;
        this.villages = villages;
    }

    @GetMapping("/v/{code}/households/{id}")
    String household(@PathVariable String code, @PathVariable long id, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("household", households.get(code, id));
        List<HouseholdChange> changes = new ArrayList<>(households.history(code, id));
        Collections.reverse(changes);
        model.addAttribute("changes", changes);
        model.addAttribute("problems", Map.of());
        return "household/household";
    }

    /**
     * The whole entry as the form shows it: every field is sent, so what is unchanged stays as it is and only what
     * differs gets a history row (the service compares).
     */
    @AuditedAct(code = "household.changed", label = "变更家庭户信息", target = "household #{#id}",
            details = "{reason: #reason}")
    @PostMapping("/v/{code}/households/{id}")
    String change(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String householdNo,
            @RequestParam(defaultValue = "") String headName, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String centralVillage,
            @RequestParam(defaultValue = "false") boolean localHukou,
            @RequestParam(defaultValue = "false") boolean homestead,
            @RequestParam(defaultValue = "") String permanentResidents,
            @RequestParam(defaultValue = "") String members, @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "") String reason, Actor by) {
        FormFields form = new FormFields();
        String number = form.text("householdNo", householdNo, "户号", HouseholdLimits.HOUSEHOLD_NO, true);
        String head = form.text("headName", headName, "户主姓名", HouseholdLimits.HEAD_NAME, true);
        String chosenGroup = form.text("group", group, "村民小组", HouseholdLimits.GROUP, true);
        Integer residents = form.whole("permanentResidents", permanentResidents, "常住人口", 0,
                HouseholdLimits.PEOPLE, true);
        Integer people = form.whole("members", members, "家庭人口", 0, HouseholdLimits.PEOPLE, true);
        List<String> tagList = tags(form, tags);
        String why = form.text("reason", reason, "变更原因", HouseholdLimits.REASON, false);
        form.check();
        households.change(code, id, new HouseholdEdit(number, head, chosenGroup, centralVillage.strip(), localHukou,
                homestead, residents, people, tagList, why), by);
        return "redirect:/v/" + code + "/households/" + id + "?changed";
    }

    /** A refused change: the household's page again, the refusal next to its field, what was typed kept. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        Matcher match = HOUSEHOLD_PATH.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !match.matches() || refusal instanceof HouseholdNotFound) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        try {
            household(match.group(1), Long.parseLong(match.group(2)), model);
        } catch (HouseholdNotFound noSuchHousehold) {
            return PageErrors.view(Problems.status(noSuchHousehold), noSuchHousehold.getMessage());
        }
        Map<String, String> problems = new LinkedHashMap<>(FormFields.byField(refusal));
        if (problems.isEmpty()) {
            problems.put(fieldOf(refusal), refusal.getMessage());
        }
        ModelAndView page = new ModelAndView("household/household", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problems", problems);
        page.addObject("form", "edit");
        return page;
    }

    /** The field a service's refusal is about, by the words it starts with (HouseholdService's own sentences). */
    private static String fieldOf(Refusal refusal) {
        String message = refusal.getMessage() == null ? "" : refusal.getMessage();
        if (refusal instanceof HouseholdAlreadyRegistered || message.startsWith("户号")) {
            return "householdNo";
        }
        if (message.startsWith("常住人口")) {
            return "permanentResidents";
        }
        if (message.startsWith("村民小组")) {
            return "group";
        }
        if (message.startsWith("中心村")) {
            return "centralVillage";
        }
        return "form";
    }

    /** Tags as typed, separated by 、 , ， or spaces; each and their number within the register's limits. */
    private static @Nullable List<String> tags(FormFields form, String typed) {
        List<String> tags = TypedTags.of(typed);
        if (tags.size() > HouseholdLimits.TAGS) {
            form.refuse("tags", "标签最多 " + HouseholdLimits.TAGS + " 个，现有 " + tags.size() + " 个");
            return null;
        }
        tags.stream().filter(tag -> tag.codePointCount(0, tag.length()) > HouseholdLimits.TAG).findFirst()
                .ifPresent(tag -> form.refuse("tags", "每个标签最多 " + HouseholdLimits.TAG + " 个字，「"
                        + tag.substring(0, 10) + "…」太长"));
        return tags;
    }
}
