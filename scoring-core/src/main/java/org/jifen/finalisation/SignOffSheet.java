package org.jifen.finalisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.jifen.files.EvidenceFile;
import org.jifen.files.StoredFile;
import org.jifen.files.UploadedFile;
import org.jspecify.annotations.Nullable;

/**
 * A photo or scan of the self-governance group's signed sheet (签字表) for a finalised month, kept like evidence: the
 * bytes with their type, size and SHA-256, who attached them and when. Written once; nothing replaces or deletes it.
 */
@Entity
@Table(name = "sign_off_sheet")
class SignOffSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "finalised_month_id")
    private long finalisedMonthId;

    @Column(name = "score_month")
    private YearMonth month;

    @Embedded
    private StoredFile file;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected SignOffSheet() {
        this.month = YearMonth.of(1970, 1);
        this.file = StoredFile.none();
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    SignOffSheet(long finalisedMonthId, long villageId, YearMonth month, UploadedFile file, String addedBy,
            Instant addedAt) {
        this.villageId = villageId;
        this.finalisedMonthId = finalisedMonthId;
        this.month = month;
        this.file = new StoredFile(file);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    SignOffSheetView view() {
        if (id == null) {
            throw new IllegalStateException("sign-off sheet not saved yet");
        }
        return new SignOffSheetView(id, month, file.getFileName(), file.getContentType(), file.getSize(),
                file.getSha256(), addedBy, addedAt);
    }

    EvidenceFile download() {
        return file.download();
    }
}
