package org.jifen.supermarket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface RedemptionCancellations extends Repository<RedemptionCancellation, Long> {

    RedemptionCancellation save(RedemptionCancellation cancellation);

    Optional<RedemptionCancellation> findByRedemptionRowId(long redemptionRowId);

    List<RedemptionCancellation> findByRedemptionRowIdIn(Collection<Long> redemptionRowIds);

    List<RedemptionCancellation> findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(
            long villageId, Instant from, Instant to);
}
