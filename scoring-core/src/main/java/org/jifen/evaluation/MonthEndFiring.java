package org.jifen.evaluation;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Fires households' month-ends on the machine's cores (ADR 0202): one pool of as many threads as cores for the whole
 * service, so that the township's villages evaluated at once (ADR 0103) share the cores rather than multiply the
 * threads. Firing depends on the facts alone (a session of its own each time), so the order of firing changes
 * nothing; the answers come back in the households' order, and a plan fault is the first household's in that order,
 * as when they were fired one after the other.
 */
@Component
class MonthEndFiring {

    /** Households fired one after the other in one task: enough to outweigh handing the task over. */
    private static final int SLICE = 25;

    private final ExecutorService cores;

    MonthEndFiring() {
        AtomicInteger count = new AtomicInteger();
        this.cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "month-end-firing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code fire} applied to every item, in parallel, answered in the items' order. */
    <T, R> List<R> fire(List<T> items, Function<T, R> fire) {
        List<CompletableFuture<List<R>>> slices = new ArrayList<>();
        for (int from = 0; from < items.size(); from += SLICE) {
            List<T> slice = items.subList(from, Math.min(items.size(), from + SLICE));
            slices.add(CompletableFuture.supplyAsync(() -> slice.stream().map(fire).toList(), cores));
        }
        List<R> fired = new ArrayList<>(items.size());
        for (CompletableFuture<List<R>> slice : slices) {
            try {
                fired.addAll(slice.join());
            } catch (CompletionException failed) {
                slices.forEach(other -> other.cancel(false));
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        return fired;
    }

    @PreDestroy
    void stop() {
        cores.shutdownNow();
    }
}
