package org.jifen.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.ServiceDatabase;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * How long the packaged service takes to start (until it answers ready): on an empty database, as the baseline, and
 * on the demo township's (19 villages, each with its plan in force), whose plans are compiled in the background and
 * must not hold start-up back (ADR 0101). The packaged jar, started as operators start it ({@code java -jar}), and on
 * the demo's database also by the README's command ({@code ./jifen}, with its class-data archive, ADR 0266), twice
 * each, alternating: on its own H2 file database in the H2 execution, on databases of the embedded PostgreSQL (the {@code postgres}
 * profile) in the PostgreSQL one. Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StartUpBenchmark}
 * and read target/benchmark-start-up-h2.txt and target/benchmark-start-up-postgres.txt.
 */
class StartUpBenchmark {

    private static final Pattern WARMED = Pattern.compile("Compiled (\\d+) of (\\d+) active plan");

    @Test
    void startingWithNineteenActivePlans() throws IOException, InterruptedException {
        String database = TestDatabase.isPostgres() ? "postgres" : "h2";
        Path empty = ServiceProcess.freshDirectory("start-up-empty-" + database);
        Path demo = ServiceProcess.freshDirectory("start-up-demo-" + database);
        Map<String, String> emptyDatabase = ServiceDatabase.fresh(empty.resolve("data"));
        Map<String, String> demoDatabase = ServiceDatabase.fresh(demo.resolve("data"));
        // First starts: create the schema, and load the demo township into the second database.
        double created;
        try (ServiceProcess first = ServiceProcess.start(empty, "create", List.of(), emptyDatabase)) {
            created = first.startedIn().toMillis() / 1000.0;
            first.api().get("/actuator/health");
        }
        Map<String, String> loadingDemo = new java.util.HashMap<>(demoDatabase);
        loadingDemo.put("JIFEN_DEMO", "true");
        // Set-up, not measured: the demo's plans checked in the service itself, as the tests do, so that a loaded
        // machine does not stop a check in a JVM of its own at its time limit and leave the demo half loaded.
        loadingDemo.put("JIFEN_PLANS_CHECK_ISOLATED", "false");
        double demoLoaded;
        try (ServiceProcess loading = ServiceProcess.start(demo, "load-demo", List.of(), loadingDemo)) {
            demoLoaded = loading.startedIn().toMillis() / 1000.0;
            loading.api().get("/actuator/health");
        }
        // The README's command: its first start of this jar extracts it and records the archive (set-up, measured).
        Map<String, String> byReadme = new java.util.HashMap<>(demoDatabase);
        byReadme.put("JIFEN_APP_DIR", demo.resolve("jifen-app").toString());
        double archived;
        try (ServiceProcess recording = ServiceProcess.startByScript(demo, "record-archive", List.of(), byReadme)) {
            archived = recording.startedIn().toMillis() / 1000.0;
        }
        StringBuilder report = new StringBuilder(String.format(
                "Start-up of the packaged service (%s), %d cores, seconds until ready, load average %s%n"
                        + "first start, creating the schema: %.1f s; first start loading the demo township: %.1f s; "
                        + "first start of the README's command (extracting, recording the archive): %.1f s%n",
                TestDatabase.isPostgres() ? "PostgreSQL, embedded" : "H2 file database",
                Runtime.getRuntime().availableProcessors(), loadAverage(), created, demoLoaded, archived));
        double emptyTotal = 0;
        double demoTotal = 0;
        double readmeTotal = 0;
        int runs = 2;
        for (int run = 1; run <= runs; run++) {
            int attempt = run;
            emptyTotal += startOnce("empty-" + run, report,
                    () -> ServiceProcess.start(empty, "empty-" + attempt, List.of(), emptyDatabase));
            demoTotal += startOnce("demo-" + run, report,
                    () -> ServiceProcess.start(demo, "demo-" + attempt, List.of(), demoDatabase));
            readmeTotal += startOnce("readme-" + run, report,
                    () -> ServiceProcess.startByScript(demo, "readme-" + attempt, List.of(), byReadme));
        }
        report.append(String.format("mean: empty %.1f s, 19 active plans %.1f s, ratio %.2f; 19 active plans by the "
                + "README's command %.1f s; load average after %s%n", emptyTotal / runs, demoTotal / runs,
                demoTotal / emptyTotal, readmeTotal / runs, loadAverage()));
        Files.writeString(Path.of("target", "benchmark-start-up-" + database + ".txt"), report);
        LoggerFactory.getLogger(getClass()).warn("\n{}", report);
    }

    private static double startOnce(String name, StringBuilder report,
            java.util.function.Supplier<ServiceProcess> starting) throws InterruptedException {
        try (ServiceProcess service = starting.get()) {
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

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
