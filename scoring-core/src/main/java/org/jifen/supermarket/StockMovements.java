package org.jifen.supermarket;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

public interface StockMovements extends Repository<StockMovement, Long> {

    StockMovement save(StockMovement movement);

    List<StockMovement> findByRewardIdOrderById(long rewardId);

    java.util.Optional<StockMovement> findByIdAndRewardId(long id, long rewardId);

    java.util.Optional<StockMovement> findByReversesId(long reversesId);

    java.util.Optional<StockMovement> findByFundEntryId(long fundEntryId);

    /** A village's movements in [from, to), oldest first: the supermarket's books for a period. */
    List<StockMovement> findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(long villageId,
            Instant from, Instant to);

    /** A village's movements before a moment: the stock at the start of a period. */
    List<StockMovement> findByVillageIdAndRecordedAtLessThanOrderById(long villageId, Instant before);
}
