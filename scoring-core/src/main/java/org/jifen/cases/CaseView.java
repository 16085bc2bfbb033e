package org.jifen.cases;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A typical case as answered: its village, story, households and items, photos, status and every step. */
public record CaseView(long id, String village, String villageName, String title, String text,
        List<Household> households, List<String> items, CaseStatus status, String statusLabel, List<Photo> photos,
        List<Step> steps) {

    public record Household(long id, String householdNo, String headName, String group) {
    }

    /** A photo, with its SHA-256 and where to download it. */
    public record Photo(long id, String fileName, String contentType, int size, String sha256, String download,
            String addedBy, Instant addedAt) {
    }

    public record Step(CaseStepKind step, String label, @Nullable String note, String by, Instant at) {
    }
}
