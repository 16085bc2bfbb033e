package org.jifen.objection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface Objections extends Repository<Objection, Long> {

    Objection save(Objection objection);

    Optional<Objection> findByIdAndVillageId(long id, long villageId);

    List<Objection> findByVillageIdOrderById(long villageId);

    List<Objection> findByVillageIdAndStatusOrderById(long villageId, ObjectionStatus status);

    List<Objection> findByVillageIdAndHouseholdIdOrderById(long villageId, long householdId);

    boolean existsByAwardIdAndStatus(long awardId, ObjectionStatus status);

    /** The objections raised against an entry, and the one whose upholding made it. */
    List<Objection> findByAwardIdOrCorrectionAwardIdOrderById(long awardId, long correctionAwardId);
}
