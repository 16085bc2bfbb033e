package org.jifen.household;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Households extends JpaRepository<Household, Long>, HouseholdsRead {

    Optional<Household> findByIdAndVillageId(long id, long villageId);

    /**
     * The household row locked for the transaction: taken by whatever moves its spendable points (a redemption, its
     * cancellation, an expiry), so that two of them never both spend the same points, on any number of nodes.
     * PostgreSQL locks {@code for no key update}, so rows that merely reference the household are not held up.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from Household h where h.id = ?1 and h.villageId = ?2")
    Optional<Household> lockByIdAndVillageId(long id, long villageId);

    boolean existsByVillageIdAndHouseholdNo(long villageId, String householdNo);

    List<Household> findByVillageIdOrderByGroupAscHouseholdNoAsc(long villageId);

    /** As {@link #findByVillageIdOrderByGroupAscHouseholdNoAsc}, their tags read in the same query, not one each. */
    @EntityGraph(attributePaths = "tags")
    List<Household> findWithTagsByVillageIdOrderByGroupAscHouseholdNoAsc(long villageId);

    /** The village's households among {@code ids}, their tags read in the same query: not one query each. */
    @EntityGraph(attributePaths = "tags")
    List<Household> findWithTagsByVillageIdAndIdIn(long villageId, java.util.Collection<Long> ids);

    List<Household> findByVillageIdAndGroupOrderByHouseholdNoAsc(long villageId, String group);

    long countByVillageId(long villageId);

    /** Every tag some household of the village has. */
    @Query("select distinct t.tag from Household h join h.tags t where h.villageId = :villageId")
    List<String> tagsInVillage(@Param("villageId") long villageId);
}
