package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.Map;
import org.jifen.support.ServiceProcess;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A first start with the demo township, while every plan check is taken: the service answers requests from the
 * start, so villages may upload while the demo loads, and the demo's own uploads then find no free check. Found from
 * outside: the demo treated "busy" as fatal and took the whole service down with it. Here the packaged service has
 * one check with no queue, and the demo's three loaders take it from each other; the demo waits its turn and loads
 * all 19 villages. On H2 only: the start, not the database, is under test. Console in
 * {@code target/demo-busy-checks/*.log}.
 */
class TheDemoLoadsWhilePlanChecksAreBusyIT {

    @Test
    void theDemoWaitsForAFreePlanCheckAndTheServiceStaysUp() {
        assumeFalse(TestDatabase.isPostgres(), "the packaged service on its embedded database only");
        Path directory = ServiceProcess.freshDirectory("demo-busy-checks");
        Map<String, String> environment = Map.of(
                "JIFEN_DATA_DIR", directory.resolve("data").toString(),
                "JIFEN_DEMO", "true",
                "SPRING_APPLICATION_JSON", "{\"jifen.plans.check.concurrency\": 1, \"jifen.plans.check.queue-wait\": \"0s\"}");

        try (ServiceProcess service = ServiceProcess.start(directory, "first-start", ServiceProcess.QUICK_START,
                environment)) {
            assertThat(service.api().get("/api/villages").json()).hasSize(19);
            assertThat(service.console()).contains("waits for a free plan check").doesNotContain("Application run failed");
            assertThat(service.isAlive()).isTrue();
        }
    }
}
