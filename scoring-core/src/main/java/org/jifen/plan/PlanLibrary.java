package org.jifen.plan;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * Compiled plans, built once per version and kept while they are used: a KieBase build takes ~0.5 s, scoring with it
 * microseconds. At most {@code jifen.plans.cached} of them are kept (ADR 0101); the least used beyond that is let go
 * and built again from its stored files when it is needed, which scores the same. The versions in force this month or
 * scheduled after it are compiled in the background at start-up, as many as are kept, so that no request waits for
 * their first build and start-up never waits for them. An upload is first checked in a separate, limited JVM
 * ({@link PlanCheckProcess}), and compiled here only once it passed there.
 */
@Component
public class PlanLibrary {

    private static final Logger log = LoggerFactory.getLogger(PlanLibrary.class);

    /** A plan being built is kept too, so that callers wanting it at once wait for the one build. */
    private final Map<Long, CompletableFuture<CompiledPlan>> compiled;
    private final int kept;
    private final PlanCompiler compiler;
    private final Timer compiling;
    private final PlanCheckProcess checks;
    private final RuleSets ruleSets;
    private final TransactionTemplate readOnly;
    private final java.time.Clock clock;
    /** Builds of plans in this process at once; the others wait up to {@link #BUILD_WAIT}, then are told to retry. */
    private final java.util.concurrent.Semaphore building = new java.util.concurrent.Semaphore(1, true);
    private static final java.time.Duration BUILD_WAIT = java.time.Duration.ofSeconds(30);

    PlanLibrary(PlanSettings settings, PlanCheckProcess checks, RuleSets ruleSets, TransactionTemplate transactions,
            MeterRegistry meters, java.time.Clock clock) {
        this.clock = clock;
        if (settings.cached() < 1) {
            throw new IllegalArgumentException("jifen.plans.cached must be at least 1, not " + settings.cached());
        }
        this.kept = settings.cached();
        // Bounded by weight, each plan by its rules' text (ADR 0192); eviction runs on the calling thread, so the
        // map is bounded when a build completes, not some time later. A build under way weighs nothing yet.
        // Let-go plans are counted, so that an operator sees a bound set too low for the villages served (ADR 0231).
        Counter letGo = Counter.builder("jifen.plans.let.go")
                .description("Compiled plans let go to stay within jifen.plans.cached").register(meters);
        this.compiled = Caffeine.newBuilder().maximumWeight(kept)
                .weigher((Long id, CompiledPlan plan) -> plan.weight()).executor(Runnable::run)
                .evictionListener((Long id, CompiledPlan plan, RemovalCause cause) -> letGo.increment())
                .<Long, CompiledPlan>buildAsync().asMap();
        Gauge.builder("jifen.plans.kept", compiled, Map::size)
                .description("Compiled plans kept in memory (or being built)").register(meters);
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
        org.jifen.engine.TestDays days = PlausibleMonths.around(java.time.YearMonth.now(clock)).testDays();
        CompiledPlan plan;
        if (!checks.isolated()) {
            plan = built(() -> compiler.compileUpload(files, days));
        } else {
            PlanCompiler.checkFiles(files);
            checks.check(village, files, days); // with the trial run (ADR 0164), which the service need not repeat
            plan = built(() -> compiler.compile(files));
        }
        SaidRules.check(files, plan);
        return plan;
    }

    /**
     * Builds a plan in this process, one at a time (ADR 0192): each build takes a core for up to seconds, and many at
     * once (simulations of many stored versions) would take every core and the heap from the villages' events.
     */
    private CompiledPlan built(java.util.function.Supplier<CompiledPlan> build) {
        try {
            if (!building.tryAcquire(BUILD_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new PlanCheckBusy("本村的积分方案正在准备中，请过一会儿再试");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PlanCheckBusy("本村的积分方案正在准备中，请过一会儿再试");
        }
        try {
            return compiling.record(build);
        } finally {
            building.release();
        }
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
            mine.complete(built(() -> compiler.compile(files)));
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
            java.time.YearMonth month = java.time.YearMonth.now(clock);
            java.util.List<Long> inForce = readOnly.execute(status -> ruleSets.inForceFrom(month));
            // No more than are kept: building more would only let go of the first ones again.
            java.util.List<Long> active = inForce == null ? java.util.List.of()
                    : inForce.subList(0, Math.min(inForce.size(), kept));
            for (Long id : active) {
                try {
                    of(id);
                } catch (RuntimeException failed) {
                    log.warn("Active plan {} does not compile any more: {}", id, failed.getMessage());
                }
            }
            log.info("Compiled {} of {} active plan(s) in the background", active.size(),
                    inForce == null ? 0 : inForce.size());
        }, "plan-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
