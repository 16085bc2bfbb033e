package org.jifen.household.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.household.Household;
import org.jifen.household.HouseholdAlreadyRegistered;
import org.jifen.household.HouseholdChange;
import org.jifen.household.HouseholdEdit;
import org.jifen.household.HouseholdImport;
import org.jifen.household.HouseholdImportRefused;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.HouseholdService;
import org.jifen.household.HouseholdTemplate;
import org.jifen.household.ImportFileMissing;
import org.jifen.household.ImportResult;
import org.jifen.household.ImportTooLarge;
import org.jifen.household.NewHousehold;
import org.jifen.problem.Unprocessable;
import org.jifen.sheet.TableUnreadable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "家庭户 Households", description = "家庭户登记、变更与导入 (the register, its changes and imports)")
class HouseholdController {

    private final HouseholdService households;
    private final HouseholdImport imports;

    HouseholdController(HouseholdService households, HouseholdImport imports) {
        this.households = households;
        this.imports = imports;
    }

    record HouseholdView(long id, String householdNo, String headName, String group, @Nullable String centralVillage,
            boolean localHukou, boolean homestead, int permanentResidents, int members, Set<String> tags,
            boolean eligible) {

        static HouseholdView of(Household household) {
            return new HouseholdView(household.id(), household.getHouseholdNo(), household.getHeadName(),
                    household.getGroup(), household.getCentralVillage(), household.isLocalHukou(),
                    household.isHomestead(), household.getPermanentResidents(), household.getMembers(),
                    household.getTags(), household.isEligible());
        }
    }

    /** One changed field: {@code field} as the API names it, {@code label} as the register does. */
    record ChangeView(long id, String field, String label, @Nullable String oldValue, @Nullable String newValue,
            String changedBy, Instant changedAt, @Nullable String reason) {

        static ChangeView of(HouseholdChange change) {
            return new ChangeView(change.id(), change.getField().apiName(), change.getField().label(),
                    change.getOldValue(), change.getNewValue(), change.getChangedBy(), change.getChangedAt(),
                    change.getReason());
        }
    }

    @AuditedAct(code = "household.registered", label = "登记家庭户", target = "household #{#request.householdNo()}")
    @Operation(operationId = "registerHousehold", summary = "登记家庭户 · Register a household",
            description = """
            Spaces around the 户号 (ASCII, full-width, no-break) are dropped; a 户号 with spaces inside, or \
            permanentResidents greater than members, is refused with 422 (ADR 0126). A change is checked the same \
            way (the 户号 only when it changes).""",
            responses = @ApiResponse(responseCode = "201", description = "已登记 (registered)",
                    useReturnTypeSchema = true))
    @Refuses({HouseholdAlreadyRegistered.class, Unprocessable.class})
    @PostMapping("/api/villages/{code}/households")
    ResponseEntity<HouseholdView> register(@PathVariable String code, @Valid @RequestBody NewHousehold request,
            Actor by) {
        Household household = households.register(code, request, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/households/" + household.id()))
                .body(HouseholdView.of(household));
    }

    @Operation(operationId = "getHousehold", summary = "一户的登记信息 · Get a household")
    @Refuses(HouseholdNotFound.class)
    @GetMapping("/api/villages/{code}/households/{id}")
    HouseholdView one(@PathVariable String code, @PathVariable long id) {
        return HouseholdView.of(households.get(code, id));
    }

    /** Changes the fields given, one history row per changed field; applies to events recorded from now on. */
    @AuditedAct(code = "household.changed", label = "变更家庭户信息", target = "household #{#id}",
            details = "{reason: #edit.reason()}")
    @Operation(operationId = "changeHousehold", summary = "变更家庭户信息（留痕）· Change a household, keeping each change")
    @Refuses({HouseholdNotFound.class, HouseholdAlreadyRegistered.class, Unprocessable.class})
    @PatchMapping("/api/villages/{code}/households/{id}")
    HouseholdView change(@PathVariable String code, @PathVariable long id, @Valid @RequestBody HouseholdEdit edit,
            Actor by) {
        return HouseholdView.of(households.change(code, id, edit, by));
    }

    @Operation(operationId = "listHouseholdChanges", summary = "一户的变更记录 · List a household's changes")
    @Refuses(HouseholdNotFound.class)
    @GetMapping("/api/villages/{code}/households/{id}/changes")
    List<ChangeView> changes(@PathVariable String code, @PathVariable long id) {
        return households.history(code, id).stream().map(ChangeView::of).toList();
    }

    /** The village's households by group and 户号; {@code group} keeps one villager group's. */
    @Operation(operationId = "listHouseholds", summary = "本村家庭户（可按村民小组）· List a village's households")
    @GetMapping("/api/villages/{code}/households")
    List<HouseholdView> all(@PathVariable String code, @RequestParam(required = false) @Nullable String group) {
        return (group == null ? households.all(code) : households.inGroup(code, group)).stream()
                .map(HouseholdView::of).toList();
    }

    /** The clerk's spreadsheet or CSV, all rows or none. */
    @AuditedAct(code = "households.imported", label = "导入家庭户登记表", target = "file #{#file?.originalFilename}",
            details = "{created: #result?.created(), updated: #result?.updated(), unchanged: #result?.unchanged()}")
    @Operation(operationId = "importHouseholds",
            summary = "导入家庭户登记表（全部或全不）· Import the household register, all rows or none")
    @Refuses({ImportFileMissing.class, ImportTooLarge.class, TableUnreadable.class, HouseholdImportRefused.class})
    @PostMapping(path = "/api/villages/{code}/households:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@PathVariable String code,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Actor by) {
        if (file == null) {
            throw new ImportFileMissing();
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            return imports.run(code, name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1),
                    file.getBytes(), by);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Operation(operationId = "getHouseholdTemplate",
            summary = "下载本村家庭户登记表模板 · Download the village's household template")
    @GetMapping("/api/villages/{code}/household-template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(HouseholdTemplate.FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(imports.template(code));
    }
}
