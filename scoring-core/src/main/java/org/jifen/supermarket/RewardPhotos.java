package org.jifen.supermarket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RewardPhotos extends Repository<RewardPhoto, Long> {

    RewardPhoto save(RewardPhoto photo);

    boolean existsByRewardId(long rewardId);

    /** The item's newest photo. */
    Optional<RewardPhoto> findFirstByRewardIdOrderByIdDesc(long rewardId);

    /** The items of the village that have a photo. */
    @Query("select distinct p.rewardId from RewardPhoto p where p.villageId = ?1")
    List<Long> withPhoto(long villageId);
}
