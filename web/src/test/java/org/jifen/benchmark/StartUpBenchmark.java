package org.jifen.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * How long the packaged service takes to start (until it answers ready): on an empty database, as the baseline, and
 * on the demo township's (19 villages, each with its plan in force), whose plans are compiled in the background and
 * must not hold start-up back (ADR 0101). The packaged jar with its own H2 file database, started as operators start
 * it, twice each, alternating. H2 only: the PostgreSQL execution skips it. Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StartUpBenchmark}
 * and read target/benchmark-start-up.txt.
 */
class StartUpBenchmark {

    private static final Pattern WARMED = Pattern.compile("Compiled (\\d+) of (\\d+) active plan");

    @Test
    void startingWithNineteenActivePlans() throws IOException, InterruptedException {
        assumeFalse(TestDatabase.isPostgres(), "the packaged service runs on its own H2 file database here");
        Path empty = ServiceProcess.freshDirectory("start-up-empty");
        Path demo = ServiceProcess.freshDirectory("start-up-demo");
        // First starts: create the schema, and load the demo township into the second database.
        try (ServiceProcess first = ServiceProcess.start(empty, "create", List.of(), Map.of("JIFEN_DATA_DIR",
                empty.resolve("data").toString()))) {
            first.api().get("/actuator/health");
        }
        try (ServiceProcess loading = ServiceProcess.start(demo, "load-demo", List.of(), Map.of("JIFEN_DATA_DIR",
                demo.resolve("data").toString(), "JIFEN_DEMO", "true"))) {
            loading.api().get("/actuator/health");
        }
        StringBuilder report = new StringBuilder(String.format(
                "Start-up of the packaged service (H2 file database), %d cores, seconds until ready%n",
                Runtime.getRuntime().availableProcessors()));
        double emptyTotal = 0;
        double demoTotal = 0;
        int runs = 2;
        for (int run = 1; run <= runs; run++) {
            double withoutPlans = startOnce(empty, "empty-" + run, report);
            double withPlans = startOnce(demo, "demo-" + run, report);
            emptyTotal += withoutPlans;
            demoTotal += withPlans;
        }
        report.append(String.format("mean: empty %.1f s, 19 active plans %.1f s, ratio %.2f%n", emptyTotal / runs,
                demoTotal / runs, demoTotal / emptyTotal));
        Files.writeString(Path.of("target", "benchmark-start-up.txt"), report);
        LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    private static double startOnce(Path directory, String name, StringBuilder report)
            throws InterruptedException {
        try (ServiceProcess service = ServiceProcess.start(directory, name, List.of(), Map.of("JIFEN_DATA_DIR",
                directory.resolve("data").toString()))) {
            double seconds = service.startedIn().toMillis() / 1000.0;
            // The background compilation, for the record: how long after ready the plans were all built.
            long waited = 0;
            Matcher warmed = WARMED.matcher(service.console());
            boolean built = warmed.find();
            while (!built && waited < 120_000) {
                Thread.sleep(250);
                waited += 250;
                warmed = WARMED.matcher(service.console());
                built = warmed.find();
            }
            report.append(String.format("%-8s ready in %5.1f s; %s%n", name, seconds, built
                    ? warmed.group(0) + " plan(s), all built about " + waited / 1000.0 + " s after ready"
                    : "plans not compiled within 120 s of ready"));
            return seconds;
        }
    }
}
