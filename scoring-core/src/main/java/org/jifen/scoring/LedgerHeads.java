package org.jifen.scoring;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LedgerHeads extends Repository<LedgerHead, Long> {

    LedgerHead save(LedgerHead head);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from LedgerHead h where h.villageId = ?1")
    Optional<LedgerHead> lock(long villageId);

    @Query("select h from LedgerHead h where h.villageId = ?1")
    Optional<LedgerHead> find(long villageId);
}
