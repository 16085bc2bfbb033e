package org.jifen.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.files.StoredFile;
import org.jifen.files.UploadedFile;
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

    @Embedded
    private StoredFile file;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected CasePhoto() {
        this.file = StoredFile.none();
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    CasePhoto(TypicalCase typicalCase, UploadedFile file, String addedBy, Instant addedAt) {
        this.caseId = typicalCase.id();
        this.villageId = typicalCase.getVillageId();
        this.file = new StoredFile(file);
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

    public StoredFile file() {
        return file;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
