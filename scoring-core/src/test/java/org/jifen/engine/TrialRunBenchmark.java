package org.jifen.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jifen.plan.PlanTemplate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the upload's trial run (ADR 0164) adds to checking a plan: CPU time of compiling alone against compiling with
 * the trial, median of several rounds after a warm-up, for the pilot plans, the template and a plan of 300 rules
 * (the most a plan may have) over 30 event types with tags and attributes. Not part of the build; run it with
 * {@code ./mvnw -pl scoring-core test -Dtest=TrialRunBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code scoring-core/target/benchmark-trial-run.txt}.
 */
class TrialRunBenchmark {

    private static final Logger log = LoggerFactory.getLogger(TrialRunBenchmark.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 5;

    @Test
    void theTrialRunCostsLittleBesideTheCompilation() throws IOException {
        Map<String, List<PlanFile>> plans = new LinkedHashMap<>();
        for (String pilot : List.of("yangjiazhuang", "xuzhong", "beixin")) {
            try (Stream<Path> files = Files.list(Path.of("..", "rules-repo", "src", "main", "resources", "plans", pilot))) {
                plans.put(pilot, files.sorted().map(TrialRunBenchmark::read).toList());
            }
        }
        plans.put("template", List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx())));
        plans.put("300 rules", List.of(PlanFile.of("三百条.drl", threeHundredRules())));
        PlanCompiler compiler = new PlanCompiler(1000);
        List<String> report = new ArrayList<>(List.of("Checking an upload, CPU ms, median of " + ROUNDS
                + " rounds after 2 warm-up rounds: compile (with the plan's tests) | compile + trial run | trial runs"));
        for (Map.Entry<String, List<PlanFile>> plan : plans.entrySet()) {
            for (int i = 0; i < 2; i++) {
                compiler.compileUpload(plan.getValue());
            }
            List<Long> compiled = new ArrayList<>();
            List<Long> tried = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long started = THREADS.getCurrentThreadCpuTime();
                compiler.compile(plan.getValue());
                compiled.add(millisSince(started));
                started = THREADS.getCurrentThreadCpuTime();
                compiler.compileUpload(plan.getValue());
                tried.add(millisSince(started));
            }
            CompiledPlan built = compiler.compile(plan.getValue());
            report.add(plan.getKey() + " (" + built.rules().size() + " rules): " + median(compiled) + " | "
                    + median(tried) + " | " + TrialRun.runs(built));
        }
        report.forEach(log::info);
        Files.write(Path.of("target", "benchmark-trial-run.txt"), report);
    }

    /** 300 rules over 30 event types, each with a quantity condition, some with a tag or an attribute value. */
    static String threeHundredRules() {
        return HostileCorpus.HEADER + IntStream.range(0, 300).mapToObj(n -> "rule \"项目" + n + "\"\nwhen\n"
                + "    $e : Event( type == \"事件" + n % 30 + "\", quantity >= " + (n / 30 % 3 + 1)
                + (n % 7 == 0 ? ", attr(\"结果\") == \"" + (n % 2 == 0 ? "优秀" : "合格") + "\"" : "") + " )\n"
                + (n % 5 == 0 ? "    Household( hasTag(\"标签" + n % 4 + "\") )\n" : "")
                + "then\n    awards.add(" + (n % 9 + 1) + " * $e.getQuantity(), \"村民议事\");\nend\n")
                .collect(Collectors.joining());
    }

    private static long millisSince(long started) {
        return (THREADS.getCurrentThreadCpuTime() - started) / 1_000_000;
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
