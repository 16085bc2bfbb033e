package org.jifen.evaluation;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.access.Actor;
import org.jifen.problem.Refusal;
import org.jifen.village.Village;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The township's month-end in one call (ADR 0103): every village's month evaluated as its own admin would evaluate
 * it, each village in its own transaction under its own lock, as many villages at once as the machine has cores. A
 * village refused (no plan in force, a plan that fails) is reported with its reason and does not stop the others;
 * a finalised month is left as it is. Progress is logged village by village.
 */
@Service
public class TownshipMonthEnd {

    private static final Logger log = LoggerFactory.getLogger(TownshipMonthEnd.class);
    private static final String FAILED = "这个村的月末评定没有完成，请稍后单独再评定一次";

    private final Villages villages;
    private final EvaluationService cycle;

    TownshipMonthEnd(Villages villages, EvaluationService cycle) {
        this.villages = villages;
        this.cycle = cycle;
    }

    /** What evaluating the month did in each village, in the order of their codes. */
    public Outcome evaluateAll(YearMonth month, Actor by) {
        List<Village> all = villages.findAll().stream()
                .sorted(java.util.Comparator.comparing(Village::getCode)).toList();
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(all.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "month-end-" + month);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<VillageResult>> running = new ArrayList<>(all.size());
            for (Village village : all) {
                running.add(workers.submit(() -> {
                    VillageResult result = evaluate(village, month, by);
                    log.info("Month-end {}: {} of {} villages, {} {}", month, done.incrementAndGet(), all.size(),
                            village.getCode(), result.refused() == null ? "evaluated" : "refused: " + result.refused());
                    return result;
                }));
            }
            List<VillageResult> results = new ArrayList<>(all.size());
            for (Future<VillageResult> result : running) {
                results.add(result.get());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            int refused = (int) results.stream().filter(result -> result.refused() != null).count();
            log.info("Month-end {} of the township: {} villages in {} ms, {} refused", month, all.size(),
                    took.toMillis(), refused);
            return new Outcome(month, all.size(), all.size() - refused, refused, took.toMillis(), results);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the township's month-end was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the township's month-end failed", failed.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private VillageResult evaluate(Village village, YearMonth month, Actor by) {
        try {
            return new VillageResult(village.getCode(), village.getName(), cycle.evaluate(village.getCode(), month, by),
                    null, null);
        } catch (Refusal refused) {
            return new VillageResult(village.getCode(), village.getName(), null, refused.slug(), refused.getMessage());
        } catch (RuntimeException failed) {
            log.error("Month-end {} of village {} failed", month, village.getCode(), failed);
            return new VillageResult(village.getCode(), village.getName(), null, "failed", FAILED);
        }
    }

    /** The township's month-end: how many villages, evaluated, refused, how long it took, and each village's result. */
    public record Outcome(YearMonth month, int villages, int evaluated, int refused, long millis,
            List<VillageResult> results) {
    }

    /** One village's month-end: what the evaluation did, or why the village was refused (a problem type and why). */
    public record VillageResult(String village, String name, @Nullable EvaluationSummary summary,
            @Nullable String refused, @Nullable String message) {
    }
}
