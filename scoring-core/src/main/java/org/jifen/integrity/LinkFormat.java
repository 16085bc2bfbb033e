package org.jifen.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an entry's link (its chain hash) is computed from the hash before it, its position and its fields. Each entry
 * stores the number of the format it was linked in, so entries linked before a format change still verify
 * (ADR 0180); new entries are linked in {@link #CURRENT}.
 */
public enum LinkFormat {

    /**
     * The first format (until ADR 0180): the previous hash, a NUL, then the position and the fields joined by U+0001,
     * an absent field written as the text {@code null}, a late field only when present, as {@code name=value}.
     * Ambiguous: a text holding U+0001 can move where one field ends, and an absent field reads as "null".
     */
    V1(1) {
        @Override
        void encode(Encoder into, String previousHash, long seq, LinkFields fields) {
            StringBuilder text = new StringBuilder(previousHash).append('\u0000').append(seq);
            fields.values().forEach(value -> text.append('\u0001').append(value));
            fields.late().stream().filter(late -> late.value() != null)
                    .forEach(late -> text.append('\u0001').append(late.name()).append('=').append(late.value()));
            into.bytes(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    },

    /**
     * Length-prefixed (ADR 0180): the format's tag, then the previous hash, the position and every field, late ones
     * included, each written as its length in UTF-8 bytes, a colon and its bytes, an absent field as a lone
     * {@code ~}. Every encoding reads back one way only, so no two different entries link alike.
     */
    V2(2) {
        @Override
        void encode(Encoder into, String previousHash, long seq, LinkFields fields) {
            into.bytes(TAG);
            into.field(previousHash);
            into.field(String.valueOf(seq));
            fields.values().forEach(into::field);
            fields.late().forEach(late -> into.field(late.value()));
        }
    };

    /** The format new entries are linked in. */
    public static final LinkFormat CURRENT = V2;

    private static final byte[] TAG = "jifen-link/2;".getBytes(StandardCharsets.US_ASCII);

    private final int number;

    LinkFormat(int number) {
        this.number = number;
    }

    /** The number an entry stores to say which format linked it. */
    public int number() {
        return number;
    }

    /** The format of this number; empty for a number no format has (a stored entry altered). */
    public static Optional<LinkFormat> numbered(int number) {
        return Arrays.stream(values()).filter(format -> format.number == number).findFirst();
    }

    /** The link of an entry with these fields at this position after this previous hash, as hex. */
    public String link(String previousHash, long seq, LinkFields fields) {
        Encoder encoder = new Encoder();
        encode(encoder, previousHash, seq, fields);
        MessageDigest digest = DIGESTS.get();
        digest.update(encoder.buffer, 0, encoder.size);
        return Sha256.hexOf(digest);
    }

    /** One digest a thread, reset by each use: month-ends and batches link thousands of entries in a row. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::digest);

    abstract void encode(Encoder into, String previousHash, long seq, LinkFields fields);

    /** The bytes a link is the hash of, written into one buffer. */
    static final class Encoder {

        private byte[] buffer = new byte[512];
        private int size;

        void bytes(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        void field(@Nullable String value) {
            if (value == null) {
                room(1);
                buffer[size++] = '~';
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            String length = Integer.toString(bytes.length);
            room(length.length() + 1);
            for (int i = 0; i < length.length(); i++) {
                buffer[size++] = (byte) length.charAt(i);
            }
            buffer[size++] = ':';
            bytes(bytes);
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
