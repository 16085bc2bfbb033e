package org.jifen.cases;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TypicalCases extends Repository<TypicalCase, Long> {

    TypicalCase save(TypicalCase typicalCase);

    Optional<TypicalCase> findById(long id);

    Optional<TypicalCase> findByIdAndVillageId(long id, long villageId);

    List<TypicalCase> findByVillageIdOrderByIdDesc(long villageId);

    List<TypicalCase> findAllByOrderByIdDesc();

    List<TypicalCase> findByStatusOrderByIdDesc(CaseStatus status);

    /** The case's row locked for the transaction: two reviewers at once decide one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TypicalCase c where c.id = ?1")
    Optional<TypicalCase> lock(long id);
}
