package org.jifen.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.engine.Sha256;
import org.jifen.evidence.UploadedFile;
import org.jspecify.annotations.Nullable;

/** A photo (or PDF) of a typical case, kept with its SHA-256 and who added it when. Never replaced or deleted. */
@Entity
@Table(name = "typical_case_photo")
public class CasePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private String sha256;

    @Column(name = "size_bytes")
    private int size;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected CasePhoto() {
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.content = new byte[0];
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    CasePhoto(TypicalCase typicalCase, UploadedFile file, String addedBy, Instant addedAt) {
        this.caseId = typicalCase.id();
        this.villageId = typicalCase.getVillageId();
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sha256 = Sha256.hex(file.content());
        this.size = file.content().length;
        this.content = file.content();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("photo not saved yet");
        }
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public int getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
