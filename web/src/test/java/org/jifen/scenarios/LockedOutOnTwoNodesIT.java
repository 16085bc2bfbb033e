package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Duration;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.SecondNode;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A password guesser who spreads the guesses over two application nodes on one PostgreSQL gains nothing: a username
 * locked out on one node is refused on the other (within the nodes' refresh of the shared lock-outs, ADR 0160), even
 * with the right password. (That the next lock-out, on either node, lasts twice as long is LoginThrottleTest's.) Run
 * on PostgreSQL only (web/pom.xml): two nodes need a database they share.
 */
@AppTest
class LockedOutOnTwoNodesIT {

    private static final Duration REFRESH = Duration.ofMillis(200);

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode("--jifen.login.shared-refresh=" + REFRESH);

    @Autowired
    Township township;

    @Test
    void aUsernameLockedOutOnOneNodeIsRefusedOnTheOtherEvenWithTheRightPassword() throws Exception {
        String village = township.aVillage();
        String username = "clerk-" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = township.api().post("/api/users", json("username", username,
                "password", "password-" + username, "role", "STAFF", "village", village));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api first = township.api().as(username, "password-" + username);
        Api second = SECOND_NODE.as(first);
        String path = "/api/villages/" + village;
        assertThat(second.get(path).status()).as("the clerk works on the second node").isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(first.as(username, "guess").get(path).status()).as("guess " + attempt).isEqualTo(401);
        }
        Api.Reply there = eventually429(second, path);

        assertThat(there.text("/type")).endsWith("/too-many-failed-logins");
        assertThat(there.text("/detail")).contains("锁定");
        long firstLockout = Long.parseLong(there.header("Retry-After"));
        assertThat(firstLockout).as("the first lock-out, in seconds").isBetween(1L, 60L);
        assertThat(first.get(path).status()).as("and on the node where it began").isEqualTo(429);
    }

    /** The second node reads the shared lock-outs every {@link #REFRESH}: a few of those are waited for at most. */
    private static Api.Reply eventually429(Api node, String path) throws InterruptedException {
        Api.Reply reply = node.get(path);
        for (int i = 0; i < 25 && reply.status() != 429; i++) {
            Thread.sleep(REFRESH.toMillis());
            reply = node.get(path);
        }
        assertThat(reply.status()).as("the other node, with the right password: " + reply).isEqualTo(429);
        return reply;
    }
}
