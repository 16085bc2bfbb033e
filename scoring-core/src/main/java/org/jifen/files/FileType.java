package org.jifen.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types evidence may be, recognised by their first bytes (magic numbers) only: neither the file's name nor
 * the content type the client declared is believed, so an HTML page named {@code photo.jpg} is not a photo.
 */
enum FileType {

    JPEG("image/jpeg", EvidenceKind.PHOTO),
    PNG("image/png", EvidenceKind.PHOTO),
    WEBP("image/webp", EvidenceKind.PHOTO),
    PDF("application/pdf", EvidenceKind.PDF);

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_MARK = ascii("WEBP");
    private static final byte[] PDF_START = ascii("%PDF-");

    private final String contentType;
    private final EvidenceKind kind;

    FileType(String contentType, EvidenceKind kind) {
        this.contentType = contentType;
        this.kind = kind;
    }

    String contentType() {
        return contentType;
    }

    EvidenceKind kind() {
        return kind;
    }

    /** The type the bytes are, or empty when they are none of the allowed ones. */
    static Optional<FileType> of(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        // RIFF container: "RIFF", four bytes of length, then the form type "WEBP".
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        if (startsWith(bytes, 0, PDF_START)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
