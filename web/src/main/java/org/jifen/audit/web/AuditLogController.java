package org.jifen.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.audit.AuditCheck;
import org.jifen.audit.AuditEntry;
import org.jifen.audit.AuditLog;
import org.jifen.audit.AuditOutcome;
import org.jifen.audit.AuditPage;
import org.jifen.audit.AuditQuery;
import org.jifen.audit.MalformedAuditQuery;
import org.jifen.endpoint.Refuses;
import org.jifen.integrity.ChainCheckBusy;
import org.jifen.village.VillageNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log, newest first. There is deliberately no endpoint that writes, changes or removes an entry. */
@RestController
@Tag(name = "审计日志 Audit log", description = "每一项管理操作：谁、何时、从哪里、结果 (every administrative act, chained by hash)")
class AuditLogController {

    private final AuditLog auditLog;
    private final JsonMapper json;

    AuditLogController(AuditLog auditLog, JsonMapper json) {
        this.auditLog = auditLog;
        this.json = json;
    }

    record EntryView(long id, Instant at, String username, String role, String remoteAddress,
            @Nullable String village, String act, String actLabel, String target, AuditOutcome outcome,
            @Nullable String problem, JsonNode details) {
    }

    record PageView(List<EntryView> entries, int page, int size, long total) {
    }

    @Operation(operationId = "readTownshipAuditLog", summary = "全镇审计日志（最新在前）· Read the township's audit log")
    @Refuses({MalformedAuditQuery.class, VillageNotFound.class})
    @GetMapping("/api/township/audit-log")
    PageView township(@RequestParam(required = false) @Nullable String village,
            @RequestParam(required = false) @Nullable String act,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return view(auditLog.read(new AuditQuery(blankToNull(village), blankToNull(act), from, to, page, size)));
    }

    /** The township's audit chain recomputed: whether any entry was changed or removed behind the service's back. */
    @Operation(operationId = "verifyAuditLog", summary = "核验审计日志的哈希链 · Verify the audit log's hash chain")
    @Refuses(ChainCheckBusy.class)
    @GetMapping("/api/township/audit-log/verify")
    AuditCheck verify() {
        return auditLog.verify();
    }

    @Operation(operationId = "readVillageAuditLog", summary = "本村审计日志 · Read a village's audit log")
    @Refuses(MalformedAuditQuery.class)
    @GetMapping("/api/villages/{code}/audit-log")
    PageView village(@PathVariable String code, @RequestParam(required = false) @Nullable String act,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return view(auditLog.read(new AuditQuery(code, blankToNull(act), from, to, page, size)));
    }

    private PageView view(AuditPage page) {
        return new PageView(page.entries().stream().map(this::view).toList(), page.page(), page.size(),
                page.total());
    }

    private EntryView view(AuditEntry entry) {
        return new EntryView(entry.id(), entry.getActedAt(), entry.getUsername(), entry.getRole(),
                entry.getRemoteAddress(), entry.getVillageCode(), entry.getActCode(), entry.getActLabel(),
                entry.getTarget(), entry.getOutcome(), entry.getProblem(), json.readTree(entry.getDetails()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
