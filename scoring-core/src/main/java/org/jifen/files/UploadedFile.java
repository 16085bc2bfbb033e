package org.jifen.files;

import org.jifen.problem.MalformedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A photo or PDF as uploaded, checked as evidence is: not empty, within {@link FileLimits#MAX_FILE_BYTES}, its
 * name without folders or control characters, and its type read from its bytes only. Used by evidence on events and
 * by the photos of typical cases.
 */
public record UploadedFile(String name, String contentType, EvidenceKind kind, byte[] content) {

    /** The file checked, or the refusal that says what is wrong with it. */
    public static UploadedFile checked(@Nullable String uploadedName, byte[] content, String nameIfNone) {
        String name = fileName(uploadedName, nameIfNone);
        if (content.length == 0) {
            throw new MalformedRequest("文件「" + name + "」是空的");
        }
        if (content.length > FileLimits.MAX_FILE_BYTES) {
            throw new EvidenceTooLarge(name, content.length);
        }
        FileType type = FileType.of(content).orElseThrow(() -> new EvidenceTypeNotAllowed(name));
        return new UploadedFile(name, type.contentType(), type.kind(), content);
    }

    /** The name as uploaded without any folder, or a plain one where none was given. */
    private static String fileName(@Nullable String uploaded, String nameIfNone) {
        String name = uploaded == null ? "" : uploaded.substring(Math.max(uploaded.lastIndexOf('/'),
                uploaded.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return nameIfNone;
        }
        if (name.length() > FileLimits.MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new MalformedRequest("文件名最多 " + FileLimits.MAX_NAME_CHARS + " 个字符，且不能含控制字符");
        }
        return name;
    }
}
