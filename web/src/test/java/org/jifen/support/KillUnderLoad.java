package org.jifen.support;

import static org.jifen.support.Api.json;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Staff record events from four phones while the service is killed with SIGKILL, and the service is started again
 * on the same database: which answered events are still there? Each client records events for a household of its
 * own until the kill; then every event answered 201 is sent again (a client retrying), and must be answered 200
 * with exactly the first answer; events whose answer never came may be answered 200 or 201. Afterwards the
 * village's ledger must verify and hold exactly the awards of those events.
 */
public final class KillUnderLoad {

    public static final int CLIENTS = 4;
    private static final String[] TYPES = {"参加村民大会", "见义勇为"};

    /**
     * What one run found.
     *
     * @param answered events answered 201 before the kill
     * @param inFlight events sent whose answer never came (the kill cut them off)
     * @param lost events answered 201 but not found after the restart (replaying them recorded them anew)
     * @param changed events found after the restart with another result than the one answered
     * @param refused answers other than 201 before the kill, and other than 200/201 after it
     * @param eventsPerSecond events answered 201 per second of load, before the kill
     * @param ledgerValid whether the village's ledger verifies after the restart
     * @param ledgerEntries the ledger's entries after the restart
     * @param awards the awards of every event found after the restart, counted from the replies
     */
    public record Outcome(int answered, int inFlight, List<String> lost, List<String> changed, List<String> refused,
            double eventsPerSecond, boolean ledgerValid, int ledgerEntries, int awards, Duration firstStart,
            Duration restart) {
    }

    private KillUnderLoad() {
    }

    /**
     * Starts the service, warms it up, kills it once {@code answeredBeforeKill} events were answered 201 (or after
     * {@code longest} of load), and checks every event after a restart with the same JVM options and environment.
     */
    public static Outcome run(Path directory, List<String> jvmOptions, Map<String, String> environment,
            int answeredBeforeKill, Duration longest) throws InterruptedException {
        try (ServiceProcess first = ServiceProcess.start(directory, "before-kill", jvmOptions, environment)) {
            Load load = loadUntilKilled(first, answeredBeforeKill, longest);
            try (ServiceProcess second = ServiceProcess.start(directory, "after-kill", jvmOptions, environment)) {
                return load.checkedOn(second, first.startedIn());
            }
        }
    }

    /** The events of one run: those sent, those answered 201, those cut off by the kill. */
    private record Load(String village, Map<String, Map<String, Object>> bodies, Map<String, JsonNode> answers,
            List<String> inFlight, List<String> refused, int warmUpAwards, double eventsPerSecond) {

        Outcome checkedOn(ServiceProcess second, Duration firstStart) {
            Api again = Township.of(second).api();
            String events = "/api/villages/" + village + "/events";
            List<String> lost = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<String> wrong = new ArrayList<>(refused);
            int awards = warmUpAwards;
            for (Map.Entry<String, JsonNode> first201 : answers.entrySet()) {
                Api.Reply replay = again.post(events, bodies.get(first201.getKey()));
                if (replay.status() == 201) {
                    lost.add(first201.getKey());
                } else if (replay.status() != 200) {
                    wrong.add(first201.getKey() + " replayed → " + replay);
                } else if (!replay.json().equals(first201.getValue())) {
                    changed.add(first201.getKey() + ": " + first201.getValue() + " → " + replay.body());
                }
                awards += replay.json().at("/awards").size();
            }
            for (String cutOff : inFlight) {
                Api.Reply retry = again.post(events, bodies.get(cutOff));
                if (retry.status() != 200 && retry.status() != 201) {
                    wrong.add(cutOff + " retried → " + retry);
                }
                awards += retry.json().at("/awards").size();
            }
            JsonNode ledger = again.get("/api/villages/" + village + "/ledger/verify").json();
            return new Outcome(answers.size(), inFlight.size(), lost, changed, wrong, eventsPerSecond,
                    ledger.at("/valid").asBoolean(), ledger.at("/entries").asInt(), awards, firstStart,
                    second.startedIn());
        }
    }

    private static Load loadUntilKilled(ServiceProcess first, int answeredBeforeKill, Duration longest)
            throws InterruptedException {
        Township township = Township.of(first);
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> households = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            households.add(township.aHousehold(village));
        }
        Api api = township.api();
        String events = "/api/villages/" + village + "/events";
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        int warmUpAwards = 0;
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            warmUpAwards += township.anEvent(village, households.get(warmUp % CLIENTS), TYPES[warmUp % 2], today)
                    .json().at("/awards").size();
        }

        Map<String, Map<String, Object>> bodies = new ConcurrentHashMap<>();
        Map<String, JsonNode> answers = new ConcurrentHashMap<>();
        List<String> inFlight = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        long loadBegan = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            long household = households.get(client);
            running.add(clients.submit(() -> {
                while (true) {
                    int n = sequence.incrementAndGet();
                    String eventId = "kill-" + n;
                    Map<String, Object> body = json("eventId", eventId, "householdId", household,
                            "type", TYPES[n % 2], "occurredOn", today);
                    bodies.put(eventId, body);
                    Api.Reply reply;
                    try {
                        reply = api.post(events, body);
                    } catch (UncheckedIOException cutOff) {
                        inFlight.add(eventId);
                        return;
                    }
                    if (reply.status() == 201) {
                        answers.put(eventId, reply.json());
                    } else if (!killed.get()) {
                        refused.add(eventId + " → " + reply);
                    }
                }
            }));
        }
        long deadline = loadBegan + longest.toNanos();
        while (answers.size() < answeredBeforeKill && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        long loadNanos = System.nanoTime() - loadBegan;
        int answered = answers.size();
        killed.set(true);
        first.kill();
        for (Future<?> client : running) {
            try {
                client.get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException failed) {
                throw new IllegalStateException("a client failed", failed);
            }
        }
        clients.shutdown();

        return new Load(village, bodies, answers, inFlight, refused, warmUpAwards, answered * 1e9 / loadNanos);
    }
}
