package org.jifen.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditHeads extends Repository<AuditHead, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditHead h where h.id = ?1")
    Optional<AuditHead> lock(int id);

    @Query("select h from AuditHead h where h.id = ?1")
    Optional<AuditHead> find(int id);
}
