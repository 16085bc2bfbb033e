package org.jifen.integrity;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The chains' heads: created with their chain, moved by appends, never deleted (no such method exists here). */
interface ChainHeads extends Repository<ChainHead, ChainKey> {

    ChainHead save(ChainHead head);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ChainHead h where h.key = ?1")
    Optional<ChainHead> lock(ChainKey key);

    @Query("select h from ChainHead h where h.key = ?1")
    Optional<ChainHead> find(ChainKey key);
}
