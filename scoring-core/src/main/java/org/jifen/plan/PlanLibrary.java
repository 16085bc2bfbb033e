package org.jifen.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compiled plans, built once per version and kept: a KieBase build takes ~0.5 s, scoring with it microseconds.
 * The versions in force this month or scheduled after it are compiled in the background at start-up, so that no
 * request waits for their first build. An upload is first checked in a separate, limited JVM
 * ({@link PlanCheckProcess}), and compiled here only once it passed there.
 */
@Component
public class PlanLibrary {

    private static final Logger log = LoggerFactory.getLogger(PlanLibrary.class);

    private final Map<Long, CompletableFuture<CompiledPlan>> compiled = new ConcurrentHashMap<>();
    private final PlanCompiler compiler;
    private final Timer compiling;
    private final PlanCheckProcess checks;
    private final RuleSets ruleSets;
    private final TransactionTemplate readOnly;
    private final java.time.Clock clock;

    PlanLibrary(PlanSettings settings, PlanCheckProcess checks, RuleSets ruleSets, TransactionTemplate transactions,
            MeterRegistry meters, java.time.Clock clock) {
        this.clock = clock;
        this.compiler = new PlanCompiler(settings.limits());
        this.checks = checks;
        this.compiling = Timer.builder("jifen.plan.compile")
                .description("Compiling a plan: checking its files and building its rules").register(meters);
        this.ruleSets = ruleSets;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /**
     * Checks and compiles a village's upload that is not stored yet; throws {@link org.jifen.engine.PlanRejected}
     * when it fails, {@link PlanCheckBusy} when no check is free.
     */
    CompiledPlan compile(String village, java.util.List<PlanFile> files) {
        if (checks.isolated()) {
            PlanCompiler.checkFiles(files);
            checks.check(village, files);
        }
        return compiling.record(() -> compiler.compile(files));
    }

    void keep(long ruleSetId, CompiledPlan plan) {
        compiled.put(ruleSetId, CompletableFuture.completedFuture(plan));
    }

    /** The compiled plan of a stored version, built on first use. */
    public CompiledPlan of(long ruleSetId) {
        CompletableFuture<CompiledPlan> mine = new CompletableFuture<>();
        CompletableFuture<CompiledPlan> theirs = compiled.putIfAbsent(ruleSetId, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            java.util.List<PlanFile> files = filesOf(ruleSetId);
            mine.complete(compiling.record(() -> compiler.compile(files)));
        } catch (RuntimeException failed) {
            compiled.remove(ruleSetId, mine);
            mine.completeExceptionally(failed);
        }
        return join(mine);
    }

    private java.util.List<PlanFile> filesOf(long ruleSetId) {
        return readOnly.execute(status -> ruleSets.findWithFilesById(ruleSetId)
                .orElseThrow(() -> new IllegalStateException("rule set " + ruleSetId + " vanished"))
                .planFiles());
    }

    private static CompiledPlan join(CompletableFuture<CompiledPlan> plan) {
        try {
            return plan.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmActivePlans() {
        Thread warmUp = new Thread(() -> {
            String month = java.time.YearMonth.now(clock).toString();
            java.util.List<Long> active = readOnly.execute(status -> ruleSets.inForceFrom(month));
            for (Long id : active == null ? java.util.List.<Long>of() : active) {
                try {
                    of(id);
                } catch (RuntimeException failed) {
                    log.warn("Active plan {} does not compile any more: {}", id, failed.getMessage());
                }
            }
            log.info("Compiled {} active plan(s) in the background", active == null ? 0 : active.size());
        }, "plan-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
