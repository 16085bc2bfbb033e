package org.jifen.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Households extends JpaRepository<Household, Long> {

    Optional<Household> findByIdAndVillageId(long id, long villageId);

    /** The village's households among {@code ids}, for a batch of events: one query instead of one per event. */
    List<Household> findByVillageIdAndIdIn(long villageId, java.util.Collection<Long> ids);

    boolean existsByVillageIdAndHouseholdNo(long villageId, String householdNo);

    List<Household> findByVillageIdOrderByGroupAscHouseholdNoAsc(long villageId);

    List<Household> findByVillageIdAndGroupOrderByHouseholdNoAsc(long villageId, String group);

    long countByVillageId(long villageId);
}
