package org.jifen.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.files.AddedFile;
import org.jifen.files.UploadedFile;

/** A photo (or PDF) of a typical case. */
@Entity
@Table(name = "typical_case_photo")
public class CasePhoto extends AddedFile {

    @Column(name = "case_id")
    private long caseId;

    protected CasePhoto() {
    }

    CasePhoto(TypicalCase typicalCase, UploadedFile file, String addedBy, Instant addedAt) {
        super(typicalCase.getVillageId(), file, addedBy, addedAt);
        this.caseId = typicalCase.id();
    }

    public long getCaseId() {
        return caseId;
    }
}
