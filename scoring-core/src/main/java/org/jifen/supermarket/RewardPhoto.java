package org.jifen.supermarket;

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

/**
 * A photo of an item of the catalogue, with its SHA-256 and who added it when; the newest is the item's photo. Never
 * replaced or deleted.
 */
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

    @Embedded
    private StoredFile file;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected RewardPhoto() {
        this.file = StoredFile.none();
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    RewardPhoto(Reward reward, UploadedFile file, String addedBy, Instant addedAt) {
        this.rewardId = reward.id();
        this.villageId = reward.getVillageId();
        this.file = new StoredFile(file);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public StoredFile file() {
        return file;
    }
}
