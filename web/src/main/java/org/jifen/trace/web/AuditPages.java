package org.jifen.trace.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.audit.AuditLog;
import org.jifen.audit.AuditQuery;
import org.jifen.evaluation.EvaluationService;
import org.jifen.files.EvidenceFile;
import org.jifen.evidence.EvidenceService;
import org.jifen.household.HouseholdService;
import org.jifen.month.EntryPage;
import org.jifen.month.MonthService;
import org.jifen.month.MonthView;
import org.jifen.plan.PlanService;
import org.jifen.plan.RuleSetFile;
import org.jifen.scoring.AwardSource;
import org.jifen.scoring.LedgerVerification;
import org.jifen.trace.AwardNotFound;
import org.jifen.trace.AwardTrace;
import org.jifen.trace.TraceService;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jifen.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's way (审计): village → household → month → award, and from the award everything behind it on one page
 * (event, evidence with photos, the rule's source with its line highlighted in its file, plan version and hash, who
 * recorded, reviewed, approved and objected); the ledger and audit-log checks; the audit log with filters.
 */
@PageController
class AuditPages {

    /** Entries on a page of the auditor's household month; page 1 is what the village's month shows. */
    static final int ENTRIES_PER_PAGE = MonthService.ENTRIES_OF_EACH_HOUSEHOLD;

    /** A line of a plan file as the trace shows it, {@code hit} where the rule is written. */
    record SourceLine(int number, String text, boolean hit) {
    }

    private final VillageService villages;
    private final HouseholdService households;
    private final MonthService months;
    private final TraceService traces;
    private final PlanService plans;
    private final EvidenceService evidence;
    private final EvaluationService cycle;
    private final LedgerVerification ledger;
    private final AuditLog auditLog;
    private final Clock clock;

    AuditPages(VillageService villages, HouseholdService households, MonthService months, TraceService traces,
            PlanService plans, EvidenceService evidence, EvaluationService cycle, LedgerVerification ledger,
            AuditLog auditLog, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.months = months;
        this.traces = traces;
        this.plans = plans;
        this.evidence = evidence;
        this.cycle = cycle;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String start(Model model) {
        model.addAttribute("villages", villages.all());
        return "audit/start";
    }

    @GetMapping("/audit/log")
    String log(@RequestParam(required = false) @Nullable String village,
            @RequestParam(required = false) @Nullable String act,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String verify,
            Model model) {
        List<Village> all = villages.all();
        model.addAttribute("villages", all);
        model.addAttribute("villageNames", all.stream().collect(Collectors.toMap(Village::getCode, Village::getName)));
        model.addAttribute("log", auditLog.read(new AuditQuery(blank(village), blank(act), from, to,
                Math.max(0, page), 50)));
        if (verify != null) {
            model.addAttribute("check", auditLog.verify());
        }
        return "audit/log";
    }

    @GetMapping("/v/{code}/audit")
    String village(@PathVariable String code, @RequestParam(required = false) @Nullable String verify,
            Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("households", households.all(code));
        model.addAttribute("month", YearMonth.now(clock).minusMonths(1));
        model.addAttribute("thisMonth", YearMonth.now(clock));
        if (verify != null) {
            model.addAttribute("check", ledger.verify(code));
        }
        return "audit/village";
    }

    @GetMapping("/v/{code}/audit/households/{id}")
    String household(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) @Nullable YearMonth month, @RequestParam(defaultValue = "1") int page,
            Model model) {
        // Without a month, the one under way: what a complaint is most often about (tryout clerk 5, L7).
        YearMonth shown = month != null ? month : YearMonth.now(clock);
        int entryPage = Math.max(1, page);
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("household", households.get(code, id));
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        MonthView view = months.view(code, id, shown, EntryPage.number(entryPage, ENTRIES_PER_PAGE));
        model.addAttribute("view", view);
        // The month's entries a page at a time (ADR 0220): the figures above count them all.
        model.addAttribute("entryPage", entryPage);
        model.addAttribute("entryPages", Math.max(1, (view.entries() + ENTRIES_PER_PAGE - 1) / ENTRIES_PER_PAGE));
        model.addAttribute("entriesFrom", (long) (entryPage - 1) * ENTRIES_PER_PAGE);
        return "audit/household";
    }

    @GetMapping("/v/{code}/awards/{id}")
    String award(@PathVariable String code, @PathVariable long id, Actor me, Model model) {
        AwardTrace trace = traces.trace(id, me);
        if (!trace.village().equals(code)) {
            throw new AwardNotFound(id);
        }
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("trace", trace);
        model.addAttribute("source", source(code, trace));
        model.addAttribute("status", cycle.status(code, trace.award().month()));
        // Taken back or rejected: said on the entry's own page, with who, when and why (tryout pages-2 M2).
        if (trace.award().reversedBy() != null) {
            AwardTrace reversal = traces.trace(trace.award().reversedBy(), me);
            model.addAttribute("reversal", reversal);
            model.addAttribute("reversalLabel", reversalLabel(trace, reversal));
        }
        if (trace.award().reverses() != null) {
            model.addAttribute("reversalLabel", reversalLabel(traces.trace(trace.award().reverses(), me), trace));
        }
        return "audit/award";
    }

    /**
     * What taking an entry back was, in words: a member of staff's take-back of their own event's entry (撤销, ADR
     * 0085) is not the group's review (审核驳回), though both are review entries in the ledger.
     */
    private static String reversalLabel(AwardTrace original, AwardTrace reversal) {
        return switch (reversal.award().source()) {
            case REVIEW -> original.event() != null && original.award().source() == AwardSource.EVENT
                    && original.recordedBy().equals(reversal.recordedBy()) ? "撤销（记分员本人记错）" : "审核驳回";
            case CORRECTION -> "冲正";
            case RESCORE -> "按本月适用的方案重新计分";
            default -> "撤回";
        };
    }

    /** A photo shown on the trace page (PDFs and notes download); its type was read from its bytes when added. */
    @GetMapping("/v/{code}/evidence/{id}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable String code, @PathVariable long id) {
        EvidenceFile file = evidence.download(code, id);
        boolean image = file.contentType().startsWith("image/");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** The rule's file with the granting rule's line marked; a spreadsheet shows the rule as the engine read it. */
    private List<SourceLine> source(String code, AwardTrace trace) {
        String text = plans.version(code, trace.ruleSet().version()).ruleSet().getFiles().stream()
                .filter(file -> file.getName().equals(trace.rule().file()))
                .filter(file -> !file.getName().toLowerCase(java.util.Locale.ROOT).matches(".*\\.xlsx?$"))
                .map(RuleSetFile::text).findFirst().orElse(null);
        if (text == null) {
            String[] lines = trace.rule().source().split("\r?\n", -1);
            return java.util.stream.IntStream.range(0, lines.length)
                    .mapToObj(i -> new SourceLine(i + 1, lines[i], i == 0)).toList();
        }
        String[] lines = text.split("\r?\n", -1);
        return java.util.stream.IntStream.range(0, lines.length)
                .mapToObj(i -> new SourceLine(i + 1, lines[i], i + 1 == trace.rule().line())).toList();
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
