package org.jifen.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, the form every hash in Jifen is shown in. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    public static String hex(String text) {
        return hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The hash of a chain link: the previous link's hash and this entry's fields, separated so that no two different
     * entries read alike. The points ledger and the audit log chain their entries with it.
     */
    public static String chained(String previousHash, String... fields) {
        return hex(previousHash + "\u0000" + String.join("\u0001", fields));
    }
}
