package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.jifen.support.hostile.MalformedRequests;
import org.jifen.support.hostile.RawHttp;
import org.jifen.support.hostile.RawRequest;
import org.jifen.support.hostile.StoredState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input: every write endpoint the application maps (found from Spring's mappings, so endpoints added later
 * are included) is sent requests that are malformed by construction. Each must be refused with a 4xx problem, none
 * may be accepted or fail with a 5xx, and afterwards the database must hold exactly what it held before. The
 * figures go to {@code target/fuzz-<database>.txt}.
 */
@AppTest
class HostileInputIT {

    /** Write endpoints that take no input at all (no path variable, no body): nothing in a request can be wrong. */
    private static final Set<String> NOTHING_TO_MALFORM = Set.of("POST /api/demo-township");
    private static final long SEED = 20_261_128L;
    private static final int TRIES_PER_KIND = 12;
    private static final Set<String> LARGE_KINDS = Set.of("body too large", "file too large");

    @Autowired
    Township township;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteEndpointRefusesMalformedRequestsWithAProblemAndStoresNothing() throws IOException {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        township.aSelfGovernanceGroup(village);
        RawHttp http = new RawHttp("http://localhost:" + environment.getProperty("local.server.port"), "admin",
                Township.ADMIN_PASSWORD);
        MalformedRequests malformed = new MalformedRequests(village);
        StoredState before = state(village);

        Random random = MalformedRequests.seed(SEED);
        Map<String, Figures> figures = new TreeMap<>();
        List<String> withoutGenerator = new ArrayList<>();
        List<String> wrongAnswers = new ArrayList<>();
        // In a fixed order, so that the seed gives the same requests on every run.
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> sorted = mappings.getHandlerMethods().entrySet().stream()
                .sorted(java.util.Comparator.comparing(mapping -> mapping.getKey().toString())).toList();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : sorted) {
            for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    if (method == RequestMethod.GET || !pattern.startsWith("/api/")) {
                        continue;
                    }
                    String endpoint = method + " " + pattern;
                    List<MalformedRequests.Generator> generators;
                    try {
                        generators = malformed.forEndpoint(method.name(), pattern, mapping.getValue());
                    } catch (MalformedRequests.NoGenerator missing) {
                        withoutGenerator.add(missing.getMessage());
                        continue;
                    }
                    if (generators.isEmpty() && !NOTHING_TO_MALFORM.contains(endpoint)) {
                        withoutGenerator.add(endpoint + ": takes no input the generators know; name it in"
                                + " NOTHING_TO_MALFORM or teach MalformedRequests its input");
                    }
                    Figures counted = figures.computeIfAbsent(endpoint, e -> new Figures());
                    for (MalformedRequests.Generator generator : generators) {
                        int tries = LARGE_KINDS.contains(generator.kind()) ? 2 : TRIES_PER_KIND;
                        for (int i = 0; i < tries; i++) {
                            RawRequest request = generator.next().apply(random);
                            RawHttp.Answer answer = http.send(request);
                            counted.count(answer);
                            if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem()
                                    || !answer.hasChineseDetail()) {
                                wrongAnswers.add(endpoint + " [" + request.what() + "] → " + answer);
                            }
                        }
                    }
                }
            }
        }
        List<String> changes = state(village).changesSince(before);
        report(figures, changes);

        assertThat(withoutGenerator).as("write endpoints without a generator of malformed requests").isEmpty();
        assertThat(figures.keySet()).as("write endpoints fuzzed").hasSizeGreaterThan(10);
        assertThat(wrongAnswers).as("malformed requests not refused with a 4xx problem in Chinese").isEmpty();
        assertThat(changes).as("what the malformed requests changed in the database").isEmpty();
    }

    private StoredState state(String village) {
        return StoredState.of(jdbc, Map.of(village,
                township.api().get("/api/villages/" + village + "/ledger/verify").body()));
    }

    private static void report(Map<String, Figures> figures, List<String> changes) throws IOException {
        StringBuilder text = new StringBuilder("# Hostile input on " + (TestDatabase.isPostgres() ? "PostgreSQL" : "H2")
                + " (seed " + SEED + ")\n");
        text.append(String.format("%-62s %6s %8s %9s %4s%n", "endpoint", "tried", "refused", "accepted", "5xx"));
        Figures total = new Figures();
        figures.forEach((endpoint, counted) -> {
            text.append(String.format("%-62s %6d %8d %9d %4d%n", endpoint, counted.tried, counted.refused,
                    counted.accepted, counted.failed));
            total.add(counted);
        });
        text.append(String.format("%-62s %6d %8d %9d %4d%n", "total", total.tried, total.refused, total.accepted,
                total.failed));
        text.append("statuses: ").append(total.statuses).append('\n');
        text.append("stored changes: ").append(changes.size()).append(changes.isEmpty() ? "" : " " + changes)
                .append('\n');
        Files.writeString(Path.of("target", "fuzz-" + (TestDatabase.isPostgres() ? "postgres" : "h2") + ".txt"),
                text.toString(), StandardCharsets.UTF_8);
    }

    /** Per endpoint: requests tried, refused with a 4xx, accepted (2xx/3xx) and failed (5xx). */
    private static final class Figures {

        int tried;
        int refused;
        int accepted;
        int failed;
        final Map<Integer, Integer> statuses = new TreeMap<>();

        void count(RawHttp.Answer answer) {
            tried++;
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500) {
                failed++;
            } else if (answer.status() >= 400) {
                refused++;
            } else {
                accepted++;
            }
        }

        void add(Figures other) {
            tried += other.tried;
            refused += other.refused;
            accepted += other.accepted;
            failed += other.failed;
            other.statuses.forEach((status, n) -> statuses.merge(status, n, Integer::sum));
        }
    }
}
