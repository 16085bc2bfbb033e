package org.jifen.supermarket;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Rewards extends Repository<Reward, Long> {

    Reward save(Reward reward);

    Optional<Reward> findByIdAndVillageId(long id, long villageId);

    List<Reward> findByVillageIdOrderById(long villageId);

    boolean existsByVillageIdAndName(long villageId, String name);

    /** The item's row locked for the transaction: every change of its stock takes turns on it, on any node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reward r where r.id = ?1 and r.villageId = ?2")
    Optional<Reward> lock(long id, long villageId);
}
