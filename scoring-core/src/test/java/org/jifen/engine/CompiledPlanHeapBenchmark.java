package org.jifen.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one compiled plan holds in memory, for sizing {@code jifen.plans.cached} (ADR 0101): the heap and metaspace
 * that {@value #HELD} compiled plans keep, per plan, measured after full collections, against Drools' own KieBase of the
 * same DRL held the same way in the same run. From it, how many compiled plans a 1 GiB heap holds with half of it left
 * to the service, and what 2,000 villages' plans would need if all were kept. Not part of the build; run it with
 * {@code ./mvnw -pl scoring-core test -Dtest=CompiledPlanHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and
 * read {@code scoring-core/target/benchmark-plan-heap.txt}.
 */
class CompiledPlanHeapBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CompiledPlanHeapBenchmark.class);
    private static final int HELD = 30;
    private static final long MB = 1024 * 1024;
    /** A 1 GiB heap, half of it for the service's own work and requests. */
    private static final long PLAN_BUDGET = 512 * MB;

    @Test
    void heapPerCompiledPlan() throws IOException, InterruptedException {
        List<String> report = new ArrayList<>();
        report.add(String.format("Memory held per compiled plan, %d held, after full collections (%d cores, max heap %d MB)",
                HELD, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB));
        for (List<PlanFile> plan : List.of(List.of(PlanCompileBenchmark.read("杨家庄村示例.drl")), pilot(),
                List.of(PlanCompileBenchmark.bigPlan()))) {
            PlanCompiler compiler = new PlanCompiler(1000);
            String[] drls = plan.stream().map(PlanFile::text).toArray(String[]::new);
            // Warm both paths first, so that classes loaded once per process are not counted as a plan's.
            compiler.compile(plan);
            PlanCompileBenchmark.droolsAlone(drls);
            Held drools = held(() -> PlanCompileBenchmark.droolsAlone(drls));
            Held ours = held(() -> compiler.compile(plan));
            long perPlan = Math.max(ours.heapPerPlan(), 1);
            report.add(String.format("%s (%d rules): compiled plan %.2f MB heap + %.2f MB metaspace; Drools' KieBase "
                    + "alone %.2f MB heap + %.2f MB metaspace; heap ratio %.2f",
                    plan.size() > 1 ? "杨家庄村 pilot plan, " + plan.size() + " files" : plan.get(0).name(),
                    String.join("", drls).split("\nrule ", -1).length - 1, ours.heapPerPlan() / (double) MB,
                    ours.metaspacePerPlan() / (double) MB, drools.heapPerPlan() / (double) MB,
                    drools.metaspacePerPlan() / (double) MB, (double) ours.heapPerPlan() / Math.max(drools.heapPerPlan(), 1)));
            report.add(String.format("    in 512 MB of a 1 GiB heap: %d such plans; all of 2,000 villages' kept: %.0f MB",
                    PLAN_BUDGET / perPlan, 2000.0 * perPlan / MB));
        }
        report.forEach(line -> log.info(line));
        Files.write(Path.of("target", "benchmark-plan-heap.txt"), report);
    }

    /** The pilot plan of 杨家庄村, its four files as the village uploads them. */
    private static List<PlanFile> pilot() throws IOException {
        List<PlanFile> files = new ArrayList<>();
        try (var listed = Files.list(Path.of("..", "rules-repo", "src", "main", "resources", "plans", "yangjiazhuang"))) {
            for (Path file : listed.sorted().toList()) {
                files.add(new PlanFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        return files;
    }

    /** Heap and metaspace grown by holding {@value #HELD} results of {@code build}, per result. */
    private static Held held(Supplier<Object> build) throws InterruptedException {
        long heapBefore = heapAfterCollection();
        long metaBefore = metaspace();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < HELD; i++) {
            kept.add(build.get());
        }
        long heap = heapAfterCollection() - heapBefore;
        long meta = metaspace() - metaBefore;
        if (kept.size() != HELD) {
            throw new IllegalStateException("plans not held");
        }
        kept.clear();
        return new Held(heap / HELD, meta / HELD);
    }

    private record Held(long heapPerPlan, long metaspacePerPlan) {
    }

    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.NON_HEAP && pool.getName().contains("Metaspace"))
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
