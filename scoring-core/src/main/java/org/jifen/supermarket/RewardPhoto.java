package org.jifen.supermarket;

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

/** A photo of an item of the catalogue, with its SHA-256 and who added it when; the newest is the item's photo. */
@Entity
@Table(name = "reward_photo")
public class RewardPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "reward_id")
    private long rewardId;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private String sha256;

    @Column(name = "size_bytes")
    private int size;

    private byte[] content;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected RewardPhoto() {
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.content = new byte[0];
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    RewardPhoto(Reward reward, UploadedFile file, String addedBy, Instant addedAt) {
        this.rewardId = reward.id();
        this.villageId = reward.getVillageId();
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
}
