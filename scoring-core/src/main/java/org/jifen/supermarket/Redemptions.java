package org.jifen.supermarket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface Redemptions extends Repository<Redemption, Long> {

    Redemption save(Redemption redemption);

    Optional<Redemption> findByVillageIdAndRedemptionId(long villageId, String redemptionId);

    List<Redemption> findByVillageIdAndHouseholdIdOrderByIdDesc(long villageId, long householdId);

    /** A village's redemptions in [from, to), oldest first. */
    List<Redemption> findByVillageIdAndRecordedAtGreaterThanEqualAndRecordedAtLessThanOrderById(long villageId,
            Instant from, Instant to);

    List<Redemption> findByIdIn(java.util.Collection<Long> ids);
}
