package org.jifen.village;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The version of each village's plan activations and finalised months (ADR 0204). */
public interface ReferenceVersions extends Repository<ReferenceVersion, Long> {

    /**
     * The village row share-locked, with its version: until the caller commits, no activation or finalisation of the
     * village (which lock the row for update) can commit, so what the version names stays what the database holds.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from ReferenceVersion r where r.id = ?1")
    Optional<ReferenceVersion> share(long villageId);

    /**
     * Moves the version, in the transaction that activates a plan version or finalises a month and holds the village
     * row's lock: every node's copy of what it named is then stale.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update village set reference_version = reference_version + 1 where id = ?1", nativeQuery = true)
    int moved(long villageId);
}
