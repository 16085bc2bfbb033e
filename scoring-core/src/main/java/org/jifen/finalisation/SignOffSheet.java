package org.jifen.finalisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.engine.Sha256;
import org.jifen.evidence.UploadedFile;
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
    private String month;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int size;

    private String sha256;

    private byte[] content;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected SignOffSheet() {
        this.month = "";
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.content = new byte[0];
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    SignOffSheet(long finalisedMonthId, long villageId, String month, UploadedFile file, String addedBy,
            Instant addedAt) {
        this.villageId = villageId;
        this.finalisedMonthId = finalisedMonthId;
        this.month = month;
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.size = file.content().length;
        this.sha256 = Sha256.hex(file.content());
        this.content = file.content();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    SignOffSheetView view() {
        if (id == null) {
            throw new IllegalStateException("sign-off sheet not saved yet");
        }
        return new SignOffSheetView(id, month, fileName, contentType, size, sha256, addedBy, addedAt);
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
