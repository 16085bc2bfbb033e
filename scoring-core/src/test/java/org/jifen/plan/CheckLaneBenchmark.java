package org.jifen.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanRejected;
import org.jifen.engine.TestDays;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * How long a village's ordinary upload (the contract's 1.4 KB example) takes to check while two other villages loop
 * uploads of a heavy plan (300 rules with or-ed conditions, 29 rule-test files of 500 cases, ~0.9 MB: the tenth outside
 * attack's F9), with every upload queued alike (no lane, as before ADR 0226) and with the lane for small uploads
 * ({@code -Dbenchmark.lanes=0,1}; a large upload's check runs at a lower priority in both since ADR 0226).
 * Not part of the build; run it with
 * {@code ./mvnw -pl scoring-core -am test -Dtest=CheckLaneBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code scoring-core/target/benchmark-check-lane.txt}.
 */
class CheckLaneBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CheckLaneBenchmark.class);
    private static final Duration LOOPING = Duration.ofSeconds(Long.getLong("benchmark.seconds", 100));
    private static final List<PlanFile> SMALL = List.of(PlanFile.of("方案.drl", ContractExample.DRL));

    @Test
    void aSmallUploadWhileTwoVillagesLoopHeavyOnes() throws Exception {
        List<PlanFile> heavy = heavy();
        List<String> report = new ArrayList<>();
        report.add("Checking the contract example (" + bytes(SMALL) + " bytes) while two villages loop a heavy plan ("
                + bytes(heavy) + " bytes), concurrency 2, wall ms");
        for (int lane : java.util.Arrays.stream(System.getProperty("benchmark.lanes", "0,1").split(","))
                .mapToInt(Integer::parseInt).toArray()) {
            PlanCheckProcess checks = new PlanCheckProcess(new PlanSettings(1000, Duration.ofMillis(500),
                    new PlanSettings.Check(true, DataSize.ofMegabytes(256), Duration.ofSeconds(120), 2,
                            Duration.ofSeconds(120), lane, DataSize.ofKilobytes(64)), 200, 100_000, 100_000, 150_000,
                    Duration.ofSeconds(10)));
            List<Long> alone = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                alone.add(timed(() -> checks.check("gamma", SMALL, TestDays.ANY)));
            }
            AtomicBoolean looping = new AtomicBoolean(true);
            List<Long> heavyTimes = Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            List<CompletableFuture<Void>> loops = new ArrayList<>();
            for (String village : List.of("alpha", "beta")) {
                loops.add(CompletableFuture.runAsync(() -> {
                    while (looping.get()) {
                        // on a loaded machine the heavy plan may pass its check's time limit: as heavy either way
                        heavyTimes.add(timed(() -> {
                            try {
                                checks.check(village, heavy, TestDays.ANY);
                            } catch (PlanRejected overItsLimit) {
                                refused.incrementAndGet();
                            }
                        }));
                    }
                }));
            }
            Thread.sleep(5_000);
            List<Long> beside = new ArrayList<>();
            long end = System.nanoTime() + LOOPING.toNanos();
            while (System.nanoTime() < end) {
                beside.add(timed(() -> checks.check("gamma", SMALL, TestDays.ANY)));
                Thread.sleep(4_000);
            }
            looping.set(false);
            for (CompletableFuture<Void> loop : loops) {
                loop.join();
            }
            report.add((lane == 0 ? "no lane (before): " : "a lane of " + lane + " for small uploads: ")
                    + "small alone " + alone + "; small beside the heavy loops " + beside + " (median "
                    + median(beside) + ", max " + Collections.max(beside) + "); heavy checks " + heavyTimes + " ("
                    + refused + " refused over the check's time limit)");
        }
        report.forEach(log::info);
        Files.write(Path.of("target", "benchmark-check-lane.txt"), report);
    }

    /** 300 rules of or-ed conditions and 29 files of 500 rule tests each, as the attack uploaded. */
    private static List<PlanFile> heavy() {
        StringBuilder drl = new StringBuilder("""
                package villages.heavy;
                import org.jifen.rules.Event;
                import org.jifen.rules.Household;
                global org.jifen.rules.Awards awards;
                """);
        for (int i = 0; i < 300; i++) {
            drl.append("rule \"项目").append(i).append("\"\nwhen\n    $e : Event( type == \"类型").append(i)
                    .append("\" || type == \"类型").append(i + 1).append("\", quantity >= 1 || attr(\"a\") == \"x\" )\n")
                    .append("    Household( members >= 0 || permanentResidents >= 0 )\nthen\n")
                    .append("    awards.add(1, \"村民议事\");\nend\n\n");
        }
        List<PlanFile> files = new ArrayList<>(List.of(PlanFile.of("plan.drl", drl.toString())));
        for (int f = 0; f < 29; f++) {
            StringBuilder tests = new StringBuilder();
            for (int k = 0; k < 500; k++) {
                tests.append("- 用例: c").append(f).append('-').append(k).append("\n  事件类型: 不存在").append(k)
                        .append("\n  期望: []\n");
            }
            files.add(PlanFile.of(String.format("t%02d.test.yaml", f), tests.toString()));
        }
        return files;
    }

    private static long timed(Runnable check) {
        long started = System.nanoTime();
        check.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long bytes(List<PlanFile> files) {
        return files.stream().mapToLong(file -> file.content().length).sum();
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }
}
