package org.jifen.finalisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.files.EvidenceFile;
import org.jifen.files.EvidenceTooLarge;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.finalisation.MonthNotYetFinalised;
import org.jifen.finalisation.SignOffSheetLimitReached;
import org.jifen.finalisation.SignOffSheetNotFound;
import org.jifen.finalisation.SignOffSheetService;
import org.jifen.finalisation.SignOffSheetView;
import org.jifen.problem.MalformedRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The group's signed sheet (签字表) of a finalised month: attached by the village admin, read by auditors. */
@RestController
@Tag(name = "月度评定 Monthly cycle", description = "月度评分与自治小组定稿 (evaluation and the group's finalisation)")
class SignOffSheetController {

    private final SignOffSheetService sheets;

    SignOffSheetController(SignOffSheetService sheets) {
        this.sheets = sheets;
    }

    @AuditedAct(code = "sign-off-sheet.attached", label = "上传自治小组签字表", target = "month #{#month}",
            details = "{file: #file?.originalFilename, sha256: #result?.body?.sha256()}")
    @Operation(operationId = "attachSignOffSheet",
            summary = "上传定稿月份的自治小组签字表（照片或扫描件）· Attach the group's signed sheet to a finalised month",
            description = "A photo (JPEG, PNG, WebP) or PDF of the sheet the members signed; the type is read from the "
                    + "bytes. Append-only, at most 5 per month. The month's status lists them (signOffSheets).",
            responses = @ApiResponse(responseCode = "201", description = "已保存 (stored)", useReturnTypeSchema = true))
    @Refuses({MonthNotYetFinalised.class, SignOffSheetLimitReached.class, EvidenceTooLarge.class,
            EvidenceTypeNotAllowed.class, MalformedRequest.class})
    @PostMapping(path = "/api/villages/{code}/months/{month}/sign-off-sheets",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SignOffSheetView> attach(@PathVariable String code, @PathVariable YearMonth month,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Actor by) {
        if (file == null || file.isEmpty()) {
            throw new MalformedRequest("请上传签字表的照片或 PDF（字段 file）");
        }
        SignOffSheetView sheet = sheets.attach(code, month,
                SignOffSheetService.check(file.getOriginalFilename(), bytes(file)), by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/sign-off-sheets/" + sheet.id()))
                .body(sheet);
    }

    /** The bytes as stored; an attachment, never sniffed, sandboxed, like evidence. */
    @Operation(operationId = "downloadSignOffSheet", summary = "下载签字表 · Download a signed sheet")
    @Refuses(SignOffSheetNotFound.class)
    @GetMapping("/api/villages/{code}/sign-off-sheets/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        EvidenceFile file = sheets.download(code, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
