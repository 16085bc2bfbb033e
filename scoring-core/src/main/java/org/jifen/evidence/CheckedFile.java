package org.jifen.evidence;

import org.jifen.scoring.MalformedRequest;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded photo or scan as evidence keeps it, or the refusal that says why not: its name without any folder, its
 * type read from its bytes (JPEG, PNG, WebP or PDF only), within the size limit. Evidence of events and the group's
 * signed sheets are checked alike.
 */
public record CheckedFile(String name, String contentType, boolean photo, byte[] content) {

    /** @param fallbackName the name to keep when the upload came without one */
    public static CheckedFile of(@Nullable String uploadedName, byte[] content, String fallbackName) {
        String name = name(uploadedName, fallbackName);
        if (content.length == 0) {
            throw new MalformedRequest("文件「" + name + "」是空的");
        }
        if (content.length > EvidenceLimits.MAX_FILE_BYTES) {
            throw new EvidenceTooLarge(name, content.length);
        }
        FileType type = FileType.of(content).orElseThrow(() -> new EvidenceTypeNotAllowed(name));
        return new CheckedFile(name, type.contentType(), type.kind() == EvidenceKind.PHOTO, content);
    }

    EvidenceKind kind() {
        return photo ? EvidenceKind.PHOTO : EvidenceKind.PDF;
    }

    /** The name as uploaded without any folder, or the fallback where none was given. */
    private static String name(@Nullable String uploaded, String fallback) {
        String name = uploaded == null ? "" : uploaded.substring(Math.max(uploaded.lastIndexOf('/'),
                uploaded.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.length() > EvidenceLimits.MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new MalformedRequest("文件名最多 " + EvidenceLimits.MAX_NAME_CHARS + " 个字符，且不能含控制字符");
        }
        return name;
    }
}
