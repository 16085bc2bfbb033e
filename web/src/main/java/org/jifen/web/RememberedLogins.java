package org.jifen.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and BCrypt takes ~80 ms to check it: a phone recording events
 * one by one would manage about 12 a second. A login that BCrypt accepted is remembered for a few minutes as an
 * HMAC under a key that lives only in this process, so repeats cost microseconds. Failures are never remembered,
 * so guessing still pays BCrypt's price every time.
 */
final class RememberedLogins implements AuthenticationProvider {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private record Remembered(byte[] digest, long until, Authentication authentication) {
    }

    private final AuthenticationProvider checker;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    RememberedLogins(AuthenticationProvider checker) {
        this.checker = checker;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName();
        byte[] digest = digest(username, String.valueOf(login.getCredentials()));
        Remembered known = remembered.get(username);
        if (known != null && known.until() > System.nanoTime() && MessageDigest.isEqual(known.digest(), digest)) {
            return known.authentication();
        }
        Authentication checked = checker.authenticate(login);
        if (checked != null && checked.isAuthenticated()) {
            remembered.put(username, new Remembered(digest, System.nanoTime() + REMEMBER_FOR.toNanos(), checked));
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
