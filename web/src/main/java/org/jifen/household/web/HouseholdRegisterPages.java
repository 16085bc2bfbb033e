package org.jifen.household.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.household.HouseholdImport;
import org.jifen.household.HouseholdImportRefused;
import org.jifen.household.HouseholdLimits;
import org.jifen.household.HouseholdService;
import org.jifen.household.HouseholdTemplate;
import org.jifen.household.ImportFileMissing;
import org.jifen.household.ImportResult;
import org.jifen.household.NewHousehold;
import org.jifen.problem.MalformedRequest;
import org.jifen.problem.Refusal;
import org.jifen.village.VillageService;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The village's households (村管理员): the register by group, registering one, importing the clerk's spreadsheet with
 * every bad cell shown, and printing a villager group's cards. Same services, checks and audit as the API.
 */
@PageController
class HouseholdRegisterPages {

    private final HouseholdService households;
    private final HouseholdImport imports;
    private final VillageService villages;
    private final jakarta.validation.Validator validator;

    HouseholdRegisterPages(HouseholdService households, HouseholdImport imports, VillageService villages,
            jakarta.validation.Validator validator) {
        this.households = households;
        this.imports = imports;
        this.villages = villages;
        this.validator = validator;
    }

    @GetMapping("/v/{code}/households")
    String list(@PathVariable String code, @RequestParam(required = false) @Nullable String group, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("households", households.find(code, null, group, Integer.MAX_VALUE));
        return "household/list";
    }

    /** The village's registry template, with its groups and the meaning of each column, to fill in and import. */
    @GetMapping("/v/{code}/households/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(HouseholdTemplate.FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(imports.template(code));
    }

    /** The address an import was posted to, opened again (a reload, a bookmark): the register. */
    @GetMapping("/v/{code}/households/import")
    String importAgain(@PathVariable String code) {
        return "redirect:/v/" + code + "/households";
    }

    @AuditedAct(code = "household.registered", label = "登记家庭户", target = "household #{#householdNo}")
    @PostMapping("/v/{code}/households")
    String register(@PathVariable String code, @RequestParam(defaultValue = "") String householdNo,
            @RequestParam(defaultValue = "") String headName, @RequestParam(defaultValue = "") String group,
            @RequestParam(required = false) @Nullable String centralVillage,
            @RequestParam(defaultValue = "false") boolean localHukou,
            @RequestParam(defaultValue = "false") boolean homestead,
            @RequestParam(defaultValue = "0") int permanentResidents,
            @RequestParam(required = false) @Nullable Integer members,
            @RequestParam(defaultValue = "") String tags, Actor by) {
        // Over-long text is refused with its limit, never cut (tryout pages-2 minor 3).
        FormFields.refuseLonger("户号", householdNo.strip(), HouseholdLimits.HOUSEHOLD_NO);
        FormFields.refuseLonger("户主姓名", headName.strip(), HouseholdLimits.HEAD_NAME);
        List<String> tagList = TypedTags.of(tags);
        NewHousehold request = new NewHousehold(householdNo.strip(), headName.strip(), group, centralVillage,
                localHukou, homestead, permanentResidents, members, tagList);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw MalformedRequest.of(violations.stream()
                    .map(v -> new MalformedRequest.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        households.register(code, request, by);
        return "redirect:/v/" + code + "/households?registered=" + java.net.URLEncoder.encode(householdNo.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @AuditedAct(code = "households.imported", label = "导入家庭户登记表", target = "file #{#file?.originalFilename}",
            details = "{created: #result?.model?.['created'], updated: #result?.model?.['updated']}")
    @PostMapping("/v/{code}/households/import")
    ModelAndView importFile(@PathVariable String code,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Actor by) {
        if (file == null || file.isEmpty()) {
            throw new ImportFileMissing();
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            ImportResult result = imports.run(code,
                    name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1), file.getBytes(), by);
            ModelAndView done = new ModelAndView("redirect:/v/" + code + "/households");
            done.addObject("created", result.created());
            done.addObject("updated", result.updated());
            done.addObject("unchanged", result.unchanged());
            return done;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A refused registration or import: the register again, with the problems beside the form they came from. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        var match = java.util.regex.Pattern.compile("^/v/([^/]+)/households(/import)?$").matcher(request.getRequestURI());
        if (!match.matches() || !"POST".equals(request.getMethod())) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        list(match.group(1), null, model);
        ModelAndView page = new ModelAndView("household/list", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject(match.group(2) == null ? "registerProblem" : "importProblem", refusal.getMessage());
        if (refusal instanceof HouseholdImportRefused) {
            page.addObject("importErrors", refusal.properties().get("errors"));
        }
        return page;
    }
}
