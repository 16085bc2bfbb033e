package org.jifen.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.engine.TestDays;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * What checking an upload in a separate JVM costs (ADR 0048), against compiling it in the service alone, in the same
 * process and run, for the pilot plan of 杨家庄村 (the upload as it was before, and as it is now: check, then compile).
 * Not part of the build; run it with
 * {@code ./mvnw -pl scoring-core test -Dtest=PlanCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code scoring-core/target/benchmark-plan-check.txt}.
 */
class PlanCheckBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlanCheckBenchmark.class);
    private static final int ROUNDS = 7;

    @Test
    void checkingUploadsInASeparateJvm() throws IOException {
        List<PlanFile> pilot;
        try (Stream<Path> files = Files.list(Path.of("..", "rules-repo", "src", "main", "resources", "plans", "yangjiazhuang"))) {
            pilot = files.sorted().map(PlanCheckBenchmark::read).toList();
        }
        PlanCompiler compiler = new PlanCompiler(1000);
        PlanCheckProcess checks = new PlanCheckProcess(new PlanSettings(1000, Duration.ofMillis(500),
                new PlanSettings.Check(true, DataSize.ofMegabytes(256), Duration.ofSeconds(120), 1, Duration.ofSeconds(60), 0, DataSize.ofKilobytes(64)), 200, 100_000, 100_000, 150_000, Duration.ofSeconds(10)));
        for (int i = 0; i < 3; i++) {
            compiler.compile(pilot);
        }
        List<Long> before = new ArrayList<>();
        List<Long> now = new ArrayList<>();
        List<Long> childAlone = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            compiler.compile(pilot);
            before.add(millisSince(started));
            started = System.nanoTime();
            checks.check("benchmark", pilot, TestDays.ANY);
            long checked = millisSince(started);
            compiler.compile(pilot);
            now.add(millisSince(started));
            childAlone.add(checked);
        }
        List<String> report = List.of(
                "Uploading the pilot plan of 杨家庄村 (" + pilot.size() + " files), median of " + ROUNDS + " rounds, ms",
                "compiled in the service only (before): " + median(before),
                "checked in a separate JVM, then compiled in the service (now): " + median(now) + " ("
                        + String.format("%.1f", (double) median(now) / median(before)) + "x)",
                "of which the separate JVM (start, compile, rule tests, exit): " + median(childAlone));
        report.forEach(line -> log.info(line));
        Files.write(Path.of("target", "benchmark-plan-check.txt"), report);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }

    private static PlanFile read(Path path) {
        try {
            return new PlanFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
