package org.jifen.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one stylesheet of what villages print (the quarterly notice, household cards), written inline into the page
 * because a village office printer may print it without reaching the service; the Content-Security-Policy allows
 * exactly it by its hash, and no other inline style or script.
 */
public final class PrintStyle {

    private static final String CSS = read();
    private static final String SOURCE = "'sha256-" + Base64.getEncoder().encodeToString(sha256(CSS)) + "'";

    private PrintStyle() {
    }

    /** The stylesheet, as the templates write it between {@code <style>} and {@code </style>}. */
    public static String css() {
        return CSS;
    }

    /** The Content-Security-Policy source ({@code 'sha256-…'}) that allows this stylesheet inline. */
    public static String source() {
        return SOURCE;
    }

    private static String read() {
        try (InputStream in = PrintStyle.class.getResourceAsStream("/print/print.css")) {
            if (in == null) {
                throw new IllegalStateException("print/print.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
