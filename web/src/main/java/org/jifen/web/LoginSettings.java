package org.jifen.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled (docs/adr/0031).
 *
 * @param failuresPerUser failed logins of one username within {@code window} that lock the username out
 * @param failuresPerAddress failed logins from one address within {@code window} that lock the address out; higher,
 *     because a village office's clerks share one address
 * @param window how far back failures count
 * @param lockout the first lock-out; each further one of the same username or address lasts twice as long
 * @param maxLockout the longest lock-out
 * @param tracked how many usernames and addresses are remembered at most (the oldest are forgotten first)
 * @param sharedRefresh how often this node reads the lock-outs other nodes posted (ADR 0160)
 */
@ConfigurationProperties("jifen.login")
record LoginSettings(@DefaultValue("5") int failuresPerUser, @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration window, @DefaultValue("1m") Duration lockout,
        @DefaultValue("1h") Duration maxLockout, @DefaultValue("10000") int tracked,
        @DefaultValue("2s") Duration sharedRefresh) {
}
