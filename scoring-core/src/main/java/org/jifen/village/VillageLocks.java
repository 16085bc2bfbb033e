package org.jifen.village;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Each village's lock row and the version of its plan activations and finalised months (ADR 0204, 0227). */
public interface VillageLocks extends Repository<VillageLock, Long> {

    /**
     * The village's lock row share-locked, with its version: until the caller commits, no act that takes the row for
     * update (an activation, a finalisation, a month-end) can commit, so what the version names stays what the
     * database holds. Shares never wait for each other.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select l from VillageLock l where l.villageId = ?1")
    Optional<VillageLock> share(long villageId);

    /** The village's lock row taken for update, to the caller's commit: {@link Villages#lockByCode} takes it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from VillageLock l where l.villageId = ?1")
    Optional<VillageLock> take(long villageId);

    /**
     * Moves the version, in the transaction that activates a plan version or finalises a month and holds the lock row
     * for update: every node's copy of what it named is then stale.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update village_lock set reference_version = reference_version + 1 where village_id = ?1",
            nativeQuery = true)
    int moved(long villageId);

    /** The lock row of a village just registered, in its registration's transaction. */
    @Modifying
    @Query(value = "insert into village_lock (village_id, reference_version) values (?1, 0)", nativeQuery = true)
    int add(long villageId);
}
