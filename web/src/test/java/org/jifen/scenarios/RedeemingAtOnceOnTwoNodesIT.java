package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Supermarket;
import org.jifen.support.SecondNode;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two application nodes on one PostgreSQL (this test's application and a second one started beside it on the same
 * database), and many counter clients redeeming at once through both: one household's points asked for far beyond
 * what it has, and one item's last few pieces asked for by more households than there are pieces, every request
 * sent twice (the repeat to the other node). Nobody is overdrawn, nothing oversold, every accepted redemption is in
 * the ledger exactly once, and a repeated redemptionId changes nothing. Figures in
 * {@code target/redeem-race-postgres.txt}. Run by the build on PostgreSQL only (web/pom.xml).
 */
@AppTest
class RedeemingAtOnceOnTwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(RedeemingAtOnceOnTwoNodesIT.class);
    private static final int ROUNDS = 4;
    private static final int CLIENTS = 24;
    /** Redemptions of one soap (5 points) each that the rich household's counter clients try: it can afford 6. */
    private static final int SOAP_ATTEMPTS = 40;
    /** Households that each try to take one of the item's last pieces. */
    private static final int OIL_HOUSEHOLDS = 12;
    private static final int OIL_LEFT = 3;

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Autowired
    Township township;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void manyClientsOnTwoNodesNeverOverdrawAHouseholdOrOversellAnItem() throws Exception {
        Api first = township.api();
        Api second = SECOND_NODE.as(first);
        Supermarket supermarket = new Supermarket(township);
        Figures figures = new Figures();
        long started = System.nanoTime();

        for (int round = 0; round < ROUNDS; round++) {
            Supermarket.Village village = supermarket.aVillageWithPoints(1 + OIL_HOUSEHOLDS);
            String code = village.code();
            long rich = village.household(0);
            long soap = supermarket.aReward(code, "肥皂", 5, 100);
            long oil = supermarket.aReward(code, "食用油", 10, OIL_LEFT);
            List<Attempt> attempts = new ArrayList<>();
            for (int i = 0; i < SOAP_ATTEMPTS; i++) {
                attempts.add(new Attempt(rich, "soap-" + i, soap));
            }
            for (int i = 1; i <= OIL_HOUSEHOLDS; i++) {
                attempts.add(new Attempt(village.household(i), "oil-" + i, oil));
            }
            long racing = System.nanoTime();
            List<Sent> sent = race(code, attempts, first, second, new Random(round));
            figures.raced(System.nanoTime() - racing);

            figures.count(sent);
            Map<String, List<Integer>> byId = new ConcurrentHashMap<>();
            sent.forEach(one -> byId.computeIfAbsent(one.attempt().redemptionId(), id -> new CopyOnWriteArrayList<>())
                    .add(one.status()));
            int soapAccepted = 0;
            int oilAccepted = 0;
            for (Map.Entry<String, List<Integer>> id : byId.entrySet()) {
                List<Integer> statuses = id.getValue();
                long created = statuses.stream().filter(status -> status == 201).count();
                assertThat(created).as("%s answered %s", id.getKey(), statuses).isLessThanOrEqualTo(1);
                if (created == 1) {
                    assertThat(statuses).as("the repeat of an accepted %s", id.getKey()).containsOnly(201, 200);
                    soapAccepted += id.getKey().startsWith("soap-") ? 1 : 0;
                    oilAccepted += id.getKey().startsWith("oil-") ? 1 : 0;
                } else {
                    assertThat(statuses).as("a refused %s and its repeat", id.getKey()).containsOnly(409);
                }
            }

            assertThat(soapAccepted).as("the household affords six soaps of its 32 points").isEqualTo(6);
            assertThat(oilAccepted).as("the last pieces of oil").isEqualTo(OIL_LEFT);
            JsonNode richBalance = supermarket.balance(code, rich);
            assertThat(richBalance.at("/spent").asInt()).isEqualTo(30);
            assertThat(richBalance.at("/available").asInt()).isEqualTo(2);
            assertThat(supermarket.stock(code, soap)).isEqualTo(94);
            assertThat(supermarket.stock(code, oil)).isZero();
            for (int i = 1; i <= OIL_HOUSEHOLDS; i++) {
                assertThat(supermarket.balance(code, village.household(i)).at("/available").asInt()).isIn(22, 32);
            }
            Long villageId = jdbc.queryForObject("select id from village where code = ?", Long.class, code);
            assertThat(jdbc.queryForObject("select count(*) from redemption where village_id = ?", Long.class,
                    villageId)).isEqualTo(6L + OIL_LEFT);
            assertThat(jdbc.queryForObject("select count(*) from redemption r where r.village_id = ? and 1 <> (select "
                    + "count(*) from points_entry p where p.redemption_row_id = r.id and p.kind = 'SPENT')",
                    Long.class, villageId)).as("accepted redemptions not in the ledger exactly once").isZero();
            assertThat(jdbc.queryForObject("select count(*) from points_entry where village_id = ?", Long.class,
                    villageId)).isEqualTo(6L + OIL_LEFT);
            assertThat(jdbc.queryForObject("select count(*) from stock_movement where village_id = ? and kind = "
                    + "'REDEEMED'", Long.class, villageId)).isEqualTo(6L + OIL_LEFT);
            JsonNode chain = second.get("/api/villages/" + code + "/ledger/verify").json();
            assertThat(chain.at("/valid").asBoolean()).as(chain.toString()).isTrue();
            assertThat(chain.at("/entries").asLong()).as("3 awards a household and one entry a redemption")
                    .isEqualTo(3L * (1 + OIL_HOUSEHOLDS) + 6 + OIL_LEFT);
        }

        figures.report(System.nanoTime() - started);
        assertThat(figures.statuses.keySet()).as("answers seen: %s", figures.statuses).containsOnly(200, 201, 409);
    }

    /** Every attempt twice, once through each node (which first is random), all released at once. */
    private static List<Sent> race(String village, List<Attempt> attempts, Api first, Api second, Random random)
            throws Exception {
        List<Send> sends = new ArrayList<>();
        for (Attempt attempt : attempts) {
            boolean firstFirst = random.nextBoolean();
            sends.add(new Send(attempt, firstFirst ? first : second, firstFirst ? "A" : "B"));
            sends.add(new Send(attempt, firstFirst ? second : first, firstFirst ? "B" : "A"));
        }
        Collections.shuffle(sends, random);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Sent>> answers = new ArrayList<>();
        for (Send send : sends) {
            answers.add(clients.submit(() -> {
                go.await();
                int busy = 0;
                Api.Reply reply = post(village, send);
                // Many requests queue on one household's lock; a node out of connections for 3 s answers 503
                // (nothing stored), and a counter client tries again, as Retry-After says.
                while (reply.status() == 503 && busy < 50) {
                    busy++;
                    TimeUnit.MILLISECONDS.sleep(200);
                    reply = post(village, send);
                }
                return new Sent(send.attempt(), send.nodeName(), reply.status(),
                        reply.status() == 409 ? reply.text("/type") : "", busy);
            }));
        }
        go.countDown();
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> answer : answers) {
            sent.add(answer.get(2, TimeUnit.MINUTES));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        return sent;
    }

    private static Api.Reply post(String village, Send send) {
        return send.node().post("/api/villages/" + village + "/households/" + send.attempt().household()
                + "/redemptions", json("redemptionId", send.attempt().redemptionId(), "rewardId",
                send.attempt().reward()));
    }

    private record Attempt(long household, String redemptionId, long reward) {
    }

    private record Send(Attempt attempt, Api node, String nodeName) {
    }

    private record Sent(Attempt attempt, String node, int status, String problem, int busy) {
    }

    /** What the rounds answered, counted, and written to target/redeem-race-postgres.txt. */
    private static final class Figures {

        final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        final Map<String, Integer> problems = new java.util.TreeMap<>();
        final Map<String, Integer> byNode = new java.util.TreeMap<>();
        int attempts;
        int busy;
        long racingNanos;

        void raced(long nanos) {
            racingNanos += nanos;
        }

        void count(List<Sent> sent) {
            for (Sent one : sent) {
                attempts++;
                busy += one.busy();
                statuses.merge(one.status(), 1, Integer::sum);
                byNode.merge(one.node() + " " + one.status(), 1, Integer::sum);
                if (!one.problem().isEmpty()) {
                    problems.merge(one.problem().substring(one.problem().lastIndexOf('/') + 1), 1, Integer::sum);
                }
            }
        }

        void report(long nanos) throws IOException {
            long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
            String report = "# Redeeming at once on two nodes, PostgreSQL\n"
                    + "rounds: " + ROUNDS + ", clients: " + CLIENTS + ", per round: " + SOAP_ATTEMPTS
                    + " soaps asked of one household that affords 6, " + OIL_HOUSEHOLDS + " households after the last "
                    + OIL_LEFT + " oils; every request sent twice, once to each node\n"
                    + "attempts (requests): " + attempts + "\n"
                    + "accepted (201): " + statuses.getOrDefault(201, 0) + "\n"
                    + "replays (200): " + statuses.getOrDefault(200, 0) + "\n"
                    + "refused (409): " + statuses.getOrDefault(409, 0) + " " + problems + "\n"
                    + "by node and status: " + byNode + "\n"
                    + "503 (a node out of database connections for 3 s, nothing stored) answered and tried again: "
                    + busy + "\n"
                    + "other statuses: " + statuses.entrySet().stream()
                            .filter(entry -> entry.getKey() != 200 && entry.getKey() != 201 && entry.getKey() != 409)
                            .toList() + "\n"
                    + "time racing: " + TimeUnit.NANOSECONDS.toMillis(racingNanos) + " ms ("
                    + (attempts * 1_000_000_000L / Math.max(1, racingNanos)) + " requests/s); with setup: " + millis
                    + " ms\n";
            Files.writeString(Path.of("target", "redeem-race-postgres.txt"), report, StandardCharsets.UTF_8);
            log.info("{}", report);
        }
    }
}
