package org.jifen.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses logins of a locked-out username or address before anything else, so that a guesser gets neither an answer
 * nor BCrypt's ~80 ms of CPU; counts, logs and throttles failed logins (docs/adr/0031).
 */
final class ThrottledLogins implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledLogins.class);

    private final AuthenticationProvider checker;
    private final LoginThrottle throttle;
    private final Counter failed;
    private final Counter refused;
    private final MeterRegistry meters;

    ThrottledLogins(AuthenticationProvider checker, LoginThrottle throttle, MeterRegistry meters) {
        this.checker = checker;
        this.throttle = throttle;
        this.meters = meters;
        this.failed = Counter.builder("jifen.logins.failed").description("Logins refused: wrong username or password")
                .register(meters);
        this.refused = Counter.builder("jifen.logins.refused")
                .description("Logins refused unchecked during a lock-out").register(meters);
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        var lockout = throttle.lockedOut(username, address);
        if (lockout.isPresent()) {
            refused.increment();
            throw new LoginsThrottled(lockout.get().remaining());
        }
        try {
            Authentication checked = checker.authenticate(login);
            if (checked != null && checked.isAuthenticated()) {
                throttle.succeeded(username);
            }
            return checked;
        } catch (BadCredentialsException wrong) {
            failed.increment();
            log.warn("Failed login for user «{}» from {}", printable(username), address);
            throttle.failed(username, address).ifPresent(started -> {
                meters.counter("jifen.logins.lockouts", "scope", started.scope()).increment();
                String who = started.scope().equals("user") ? "user «" + printable(username) + "»"
                        : "address " + address;
                log.warn("Locked out {} for {} after repeated failed logins (the last: user «{}» from {})", who,
                        started.remaining(), printable(username), address);
            });
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A username is what a stranger typed: no line breaks or control characters into the log, and not too much. */
    private static String printable(String username) {
        String cleaned = username.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
