package org.jifen.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files in and stored files out, the same way for evidence, case photos and the supermarket's photos. A
 * stored file goes out with the type read from its bytes at upload, never sniffed, and sandboxed should a browser
 * render it: a file that fooled the type check still cannot run in the service's origin.
 */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** The uploaded part's bytes. */
    public static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The file to save (evidence, a case's photo). */
    public static ResponseEntity<byte[]> attachment(EvidenceFile file) {
        return answer(file, ContentDisposition.attachment());
    }

    /** The file to show in a page (an item's photo in the catalogue). */
    public static ResponseEntity<byte[]> inline(EvidenceFile file) {
        return answer(file, ContentDisposition.inline());
    }

    private static ResponseEntity<byte[]> answer(EvidenceFile file, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
