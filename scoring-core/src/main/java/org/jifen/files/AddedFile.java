package org.jifen.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A photo (or PDF) added to something of a village, kept with its SHA-256 and who added it when: a typical case's
 * photo, a catalogue item's photo. Never replaced or deleted; each kind keeps its own table.
 */
@MappedSuperclass
public abstract class AddedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Embedded
    private StoredFile file;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected AddedFile() {
        this.file = StoredFile.none();
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    protected AddedFile(long villageId, UploadedFile file, String addedBy, Instant addedAt) {
        this.villageId = villageId;
        this.file = new StoredFile(file);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("file not saved yet");
        }
        return id;
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
