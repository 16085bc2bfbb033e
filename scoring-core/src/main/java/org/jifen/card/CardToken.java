package org.jifen.card;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jifen.integrity.Sha256;

/**
 * The secret in a household card's link: 192 random bits, written URL-safe in 32 characters. Whoever holds it sees
 * the household's page and may object there; the service keeps only its SHA-256 (ADR 0027).
 */
public record CardToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;
    private static final Pattern WRITTEN = Pattern.compile("[A-Za-z0-9_-]{32}");

    public static CardToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new CardToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether the text can be a token at all; anything else is refused before the database is asked. */
    public static boolean wellFormed(String text) {
        return WRITTEN.matcher(text).matches();
    }

    public String sha256() {
        return Sha256.hex(value);
    }

    @Override
    public String toString() {
        return "CardToken[…]";
    }
}
