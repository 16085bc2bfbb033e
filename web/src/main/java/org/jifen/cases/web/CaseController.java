package org.jifen.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.cases.BaseMustStayPilot;
import org.jifen.cases.BaseSelection;
import org.jifen.cases.BaseWithoutPublishedCase;
import org.jifen.cases.CaseAlreadyReviewed;
import org.jifen.cases.CaseAlreadyReviewedForPhotos;
import org.jifen.cases.CaseNotFound;
import org.jifen.cases.CaseNotShortlisted;
import org.jifen.cases.CasePhotoLimitReached;
import org.jifen.cases.CasePhotoNotFound;
import org.jifen.cases.CasePublication;
import org.jifen.cases.CaseReview;
import org.jifen.cases.CaseService;
import org.jifen.cases.CaseStatus;
import org.jifen.cases.CaseView;
import org.jifen.cases.DemonstrationBaseAlreadySelected;
import org.jifen.cases.DemonstrationBaseView;
import org.jifen.cases.DemonstrationService;
import org.jifen.cases.NewCase;
import org.jifen.cases.PilotDesignation;
import org.jifen.cases.PilotView;
import org.jifen.cases.VillageNotPilot;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.files.EvidenceTooLarge;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.files.StoredFiles;
import org.jifen.household.HouseholdNotFound;
import org.jifen.problem.MalformedRequest;
import org.jifen.village.VillageNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Typical cases and the demonstration base: villages submit cases with photos; the township reviews, shortlists and
 * publishes them, names its pilot villages and selects the demonstration base among them.
 */
@RestController
@Tag(name = "典型案例与示范基地 Cases", description = "村上报典型案例，镇审核、入围、发布，选定示范基地 (typical cases, demonstration base)")
class CaseController {

    private final CaseService cases;
    private final DemonstrationService demonstration;

    CaseController(CaseService cases, DemonstrationService demonstration) {
        this.cases = cases;
        this.demonstration = demonstration;
    }

    @AuditedAct(code = "case.submitted", label = "上报典型案例", target = "case #{#request.title()}",
            details = "{id: #result?.body?.id()}")
    @Operation(operationId = "submitCase", summary = "村上报典型案例 · Submit a typical case",
            responses = @ApiResponse(responseCode = "201", description = "已上报 (submitted)", useReturnTypeSchema = true))
    @Refuses(HouseholdNotFound.class)
    @PostMapping("/api/villages/{code}/cases")
    ResponseEntity<CaseView> submit(@PathVariable String code, @Valid @RequestBody NewCase request, Actor by) {
        CaseView submitted = cases.submit(code, request, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/cases/" + submitted.id()))
                .body(submitted);
    }

    @Operation(operationId = "listVillageCases", summary = "本村的典型案例 · List the village's typical cases")
    @GetMapping("/api/villages/{code}/cases")
    List<CaseView> ofVillage(@PathVariable String code) {
        return cases.ofVillage(code);
    }

    @Operation(operationId = "getVillageCase", summary = "本村的一个典型案例 · Get one of the village's cases")
    @Refuses(CaseNotFound.class)
    @GetMapping("/api/villages/{code}/cases/{id}")
    CaseView ofVillage(@PathVariable String code, @PathVariable long id) {
        return cases.one(code, id);
    }

    /** A photo or PDF (part {@code file}), one an upload; its type read from its bytes. */
    @AuditedAct(code = "case.photo-added", label = "添加典型案例照片", target = "case #{#id}",
            details = "{file: #files == null || #files.isEmpty() ? null : #files[0].originalFilename, "
                    + "photo: #result?.body?.id()}")
    @Operation(operationId = "addCasePhoto", summary = "为典型案例添加照片 · Add a photo to a case",
            responses = @ApiResponse(responseCode = "201", description = "已添加 (added)", useReturnTypeSchema = true))
    @Refuses({CaseNotFound.class, CasePhotoLimitReached.class, CaseAlreadyReviewedForPhotos.class,
            EvidenceTooLarge.class, EvidenceTypeNotAllowed.class})
    @PostMapping(path = "/api/villages/{code}/cases/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseView.Photo> addPhoto(@PathVariable String code, @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files, Actor by) {
        if (files == null || files.size() != 1) {
            throw new MalformedRequest("请在字段 file 里上传一张照片（或一份 PDF），每次一个文件"
                    + (files == null ? "" : "，现有 " + files.size() + " 个"));
        }
        MultipartFile file = files.get(0);
        CaseView.Photo photo = cases.addPhoto(code, id, file.getOriginalFilename(), StoredFiles.bytes(file), by);
        return ResponseEntity.created(URI.create(photo.download())).body(photo);
    }

    /** The bytes as stored; always an attachment, never sniffed, sandboxed should a browser render it anyway. */
    @Operation(operationId = "downloadCasePhoto", summary = "下载典型案例照片 · Download a case's photo")
    @Refuses(CasePhotoNotFound.class)
    @GetMapping("/api/villages/{code}/case-photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long id) {
        return StoredFiles.attachment(cases.photo(code, id));
    }

    @Operation(operationId = "listCases", summary = "全镇的典型案例 · List every village's typical cases")
    @GetMapping("/api/township/cases")
    List<CaseView> all(@RequestParam(required = false) @Nullable CaseStatus status) {
        return cases.all(status);
    }

    @Operation(operationId = "getCase", summary = "一个典型案例及其每一步 · Get a case and its steps")
    @Refuses(CaseNotFound.class)
    @GetMapping("/api/township/cases/{id}")
    CaseView one(@PathVariable long id, Actor by) {
        return cases.one(id, by);
    }

    @AuditedAct(code = "case.reviewed", label = "审核典型案例", target = "case #{#id}",
            village = "#result?.village()", details = "{decision: #review.decision(), note: #review.note()}")
    @Operation(operationId = "reviewCase", summary = "镇审核典型案例：入围或不入选 · Review a case: shortlist or return")
    @Refuses({CaseNotFound.class, CaseAlreadyReviewed.class})
    @PostMapping("/api/township/cases/{id}/review")
    CaseView review(@PathVariable long id, @Valid @RequestBody CaseReview review, Actor by) {
        return cases.review(id, review, by);
    }

    @AuditedAct(code = "case.published", label = "发布典型案例", target = "case #{#id}",
            village = "#result?.village()", details = "{note: #publication.note()}")
    @Operation(operationId = "publishCase", summary = "镇发布入围的典型案例 · Publish a shortlisted case")
    @Refuses({CaseNotFound.class, CaseNotShortlisted.class})
    @PostMapping("/api/township/cases/{id}/publication")
    CaseView publish(@PathVariable long id, @Valid @RequestBody CasePublication publication, Actor by) {
        return cases.publish(id, publication, by);
    }

    @Operation(operationId = "listPilotVillages", summary = "试点村名单 · List the pilot villages")
    @GetMapping("/api/township/pilot-villages")
    List<PilotView> pilots() {
        return demonstration.pilots();
    }

    @AuditedAct(code = "pilots.designated", label = "确定试点村", target = "pilot villages",
            details = "{villages: #designation.villages()}")
    @Operation(operationId = "designatePilotVillages", summary = "确定试点村名单 · Name the pilot villages")
    @Refuses({VillageNotFound.class, BaseMustStayPilot.class})
    @PutMapping("/api/township/pilot-villages")
    List<PilotView> designate(@Valid @RequestBody PilotDesignation designation, Actor by) {
        return demonstration.designate(designation, by);
    }

    @Operation(operationId = "listDemonstrationBases", summary = "示范基地的每次选定 · List the demonstration base selections")
    @GetMapping("/api/township/demonstration-base")
    List<DemonstrationBaseView> bases() {
        return demonstration.bases();
    }

    @AuditedAct(code = "demonstration-base.selected", label = "选定示范基地", target = "demonstration base",
            village = "#selection.village()", details = "{reason: #selection.reason()}")
    @Operation(operationId = "selectDemonstrationBase", summary = "从试点村中选定本年的示范基地 · Select the year's demonstration base",
            responses = @ApiResponse(responseCode = "201", description = "已选定 (selected)", useReturnTypeSchema = true))
    @Refuses({VillageNotFound.class, VillageNotPilot.class, BaseWithoutPublishedCase.class,
            DemonstrationBaseAlreadySelected.class})
    @PostMapping("/api/township/demonstration-base")
    ResponseEntity<DemonstrationBaseView> select(@Valid @RequestBody BaseSelection selection, Actor by) {
        return ResponseEntity.created(URI.create("/api/township/demonstration-base"))
                .body(demonstration.select(selection, by));
    }
}
