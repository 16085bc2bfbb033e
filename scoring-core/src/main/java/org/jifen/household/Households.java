package org.jifen.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Households extends JpaRepository<Household, Long> {

    Optional<Household> findByIdAndVillageId(long id, long villageId);

    boolean existsByVillageIdAndHouseholdNo(long villageId, String householdNo);

    List<Household> findByVillageIdOrderByGroupAscHouseholdNoAsc(long villageId);

    List<Household> findByVillageIdAndGroupOrderByHouseholdNoAsc(long villageId, String group);

    long countByVillageId(long villageId);

    /** Every tag some household of the village has. */
    @Query("select distinct t from Household h join h.tags t where h.villageId = :villageId")
    List<String> tagsInVillage(@Param("villageId") long villageId);
}
