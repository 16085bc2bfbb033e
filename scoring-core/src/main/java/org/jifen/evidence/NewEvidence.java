package org.jifen.evidence;

import org.jspecify.annotations.Nullable;

/**
 * What staff attach to an event: a file (its name as uploaded and its bytes), a note, or both. The file's type is
 * read from its bytes, so none is given here.
 */
public record NewEvidence(@Nullable String fileName, byte @Nullable [] content, @Nullable String note) {

    public NewEvidence {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static NewEvidence noteOnly(String note) {
        return new NewEvidence(null, null, note);
    }
}
