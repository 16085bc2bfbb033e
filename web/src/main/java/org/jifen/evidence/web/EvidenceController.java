package org.jifen.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.Refuses;
import org.jifen.evidence.EvidenceItem;
import org.jifen.evidence.EvidenceLimitReached;
import org.jifen.evidence.EvidenceNotFound;
import org.jifen.evidence.EvidenceService;
import org.jifen.files.EvidenceTooLarge;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.evidence.NewEvidence;
import org.jifen.files.StoredFiles;
import org.jifen.problem.MalformedRequest;
import org.jifen.scoring.EventNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "证据材料 Evidence", description = "事件的照片、PDF 和说明，只增不改 (photos, PDFs and notes, append-only)")
class EvidenceController {

    private static final String EVIDENCE = "/api/villages/{code}/events/{eventId}/evidence";

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** A note on its own, as JSON. */
    record Note(@NotBlank String note) {
    }

    /** A photo or PDF (part {@code file}), a note (part {@code note}), or both. */
    @Operation(operationId = "attachEvidence", summary = "为事件添加证据材料（文件或说明）· Attach evidence to an event",
            responses = @ApiResponse(responseCode = "201", description = "已保存 (stored)", useReturnTypeSchema = true))
    @Refuses({EventNotFound.class, EvidenceLimitReached.class, EvidenceTooLarge.class, EvidenceTypeNotAllowed.class,
            MalformedRequest.class})
    @PostMapping(path = EVIDENCE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceItem> attach(@PathVariable String code, @PathVariable String eventId,
            @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = "note", required = false) @Nullable String note, Actor by) {
        if (files != null && files.size() > 1) {
            throw new MalformedRequest("每次只能上传一个文件（字段 file），现有 " + files.size() + " 个；请分几次上传");
        }
        MultipartFile file = files == null || files.isEmpty() ? null : files.get(0);
        return created(evidence.attach(code, eventId,
                new NewEvidence(file == null ? null : file.getOriginalFilename(),
                        file == null ? null : StoredFiles.bytes(file), note), by));
    }

    @Operation(operationId = "attachEvidence", summary = "为事件添加证据材料（文件或说明）· Attach evidence to an event",
            responses = @ApiResponse(responseCode = "201", description = "已保存 (stored)", useReturnTypeSchema = true))
    @Refuses({EventNotFound.class, EvidenceLimitReached.class, MalformedRequest.class})
    @PostMapping(path = EVIDENCE, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvidenceItem> attachNote(@PathVariable String code, @PathVariable String eventId,
            @Valid @RequestBody Note note, Actor by) {
        return created(evidence.attach(code, eventId, NewEvidence.noteOnly(note.note()), by));
    }

    @Operation(operationId = "listEvidence", summary = "事件的证据材料 · List an event's evidence")
    @Refuses(EventNotFound.class)
    @GetMapping(EVIDENCE)
    List<EvidenceItem> list(@PathVariable String code, @PathVariable String eventId) {
        return evidence.list(code, eventId);
    }

    /**
     * The bytes as stored, with the type read from them at upload. Always an attachment, never sniffed, and sandboxed
     * should a browser render it anyway: a file that fooled the type check still cannot run in the service's origin.
     */
    @Operation(operationId = "downloadEvidence", summary = "下载证据文件 · Download an evidence file")
    @Refuses(EvidenceNotFound.class)
    @GetMapping("/api/villages/{code}/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        return StoredFiles.attachment(evidence.download(code, id));
    }

    private static ResponseEntity<EvidenceItem> created(EvidenceItem item) {
        return ResponseEntity.created(URI.create(item.download())).body(item);
    }
}
