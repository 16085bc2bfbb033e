package org.jifen.supermarket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.files.AddedFile;
import org.jifen.files.UploadedFile;

/** A photo of an item of the catalogue; the newest is the item's photo. */
@Entity
@Table(name = "reward_photo")
public class RewardPhoto extends AddedFile {

    @Column(name = "reward_id")
    private long rewardId;

    protected RewardPhoto() {
    }

    RewardPhoto(Reward reward, UploadedFile file, String addedBy, Instant addedAt) {
        super(reward.getVillageId(), file, addedBy, addedAt);
        this.rewardId = reward.id();
    }
}
