package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A password guesser is slowed down: five wrong passwords lock the username out (429 with Retry-After), even for the
 * right password, without costing a password check; other users go on working; the lock-out passes, and grows when
 * the guessing goes on. An address that fails for many usernames is locked out too. Here lock-outs last seconds,
 * not minutes, and the service trusts this test as its proxy, so each case comes from addresses of its own.
 */
@AppTest
@TestPropertySource(properties = {"jifen.login.lockout=PT2S", "jifen.login.max-lockout=PT4S",
        "jifen.login.failures-per-address=8", "server.forward-headers-strategy=native"})
class LoginThrottlingIT {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    Township township;

    @Test
    void fiveWrongPasswordsLockTheUsernameOutUntilTheLockOutPassesAndOtherUsersWorkOn() throws Exception {
        String village = township.aVillage();
        String address = anAddress();
        String username = aUser("clerk", village);
        Api clerk = township.api().as(username, "password-" + username).from(address);
        Api colleague = signedIn(aUser("colleague", village)).from(address);
        Api guesser = clerk.as(username, "guess");
        String path = "/api/villages/" + village;
        double checkedBefore = metric("jifen.logins.failed");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.get(path).status()).as("attempt " + attempt).isEqualTo(401);
        }
        Api.Reply rightPassword = clerk.get(path);
        Api.Reply stillGuessing = guesser.get(path);

        assertThat(rightPassword.status()).isEqualTo(429);
        assertThat(rightPassword.contentType()).startsWith("application/problem+json");
        assertThat(rightPassword.text("/type")).endsWith("/too-many-failed-logins");
        assertThat(rightPassword.text("/detail")).contains("锁定");
        assertThat(Long.parseLong(rightPassword.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(stillGuessing.status()).isEqualTo(429);
        assertThat(metric("jifen.logins.failed") - checkedBefore).as("passwords checked").isEqualTo(5);
        assertThat(colleague.get(path).status()).as("another user from the same office").isEqualTo(200);

        waitFor(rightPassword);
        Api elsewhere = guesser.from(anAddress());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(elsewhere.get(path).status()).as("attempt " + attempt + " after the lock-out").isEqualTo(401);
        }
        Api.Reply longer = clerk.get(path);
        // The username is locked out wherever the guesses come from.
        assertThat(longer.status()).isEqualTo(429);
        assertThat(Long.parseLong(longer.header("Retry-After"))).as("the second lock-out lasts twice as long")
                .isBetween(3L, 4L);

        waitFor(longer);
        assertThat(clerk.get(path).status()).isEqualTo(200);
        Api oneMore = guesser.from(anAddress());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(oneMore.get(path).status()).isEqualTo(401);
        }
        assertThat(clerk.get(path).status()).as("a success cleared the username's failures").isEqualTo(200);
    }

    @Test
    void anAddressThatFailsForManyUsernamesIsLockedOutForAllOfThem() {
        String village = township.aVillage();
        String address = anAddress();
        Api clerk = signedIn(aUser("clerk", village));
        String path = "/api/villages/" + village;

        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(township.api().anonymous().from(address).as("nobody-" + attempt, "guess").get(path).status())
                    .isEqualTo(401);
        }

        Api.Reply fromThere = clerk.from(address).get(path);
        assertThat(fromThere.status()).isEqualTo(429);
        assertThat(fromThere.header("Retry-After")).isNotBlank();
        assertThat(clerk.from(anAddress()).get(path).status()).as("the same user from elsewhere").isEqualTo(200);
        assertThat(metric("jifen.logins.lockouts")).isGreaterThanOrEqualTo(1);
    }

    /** A new member of the village's staff, whose password is "password-" and the username; returns the username. */
    private String aUser(String name, String village) {
        String username = name + "-" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = township.api().post("/api/users", json("username", username,
                "password", "password-" + username, "role", "STAFF", "village", village));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private Api signedIn(String username) {
        return township.api().as(username, "password-" + username);
    }

    private double metric(String name) {
        Api.Reply metric = township.api().get("/actuator/metrics/" + name);
        return metric.status() == 404 ? 0 : metric.json().at("/measurements/0/value").asDouble();
    }

    /** A documentation address (RFC 5737) of its own for each case, so cases do not lock each other out. */
    private static String anAddress() {
        return "198.51.100." + ADDRESS.incrementAndGet();
    }

    private static void waitFor(Api.Reply lockedOut) throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(Long.parseLong(lockedOut.header("Retry-After"))).plusMillis(200).toMillis());
    }
}
