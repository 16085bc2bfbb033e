package org.jifen.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused, unchecked, because its username or address is locked out; answered 429 with Retry-After. */
final class LoginsThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginsThrottled(Duration retryAfter) {
        super("locked out for " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
