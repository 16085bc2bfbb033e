package org.jifen.village;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Villages extends JpaRepository<Village, Long> {

    Optional<Village> findByCode(String code);

    /** The village row locked for the transaction: serialises plan uploads and activations of one village. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Village v where v.code = ?1")
    Optional<Village> lockByCode(String code);

    boolean existsByCode(String code);
}
