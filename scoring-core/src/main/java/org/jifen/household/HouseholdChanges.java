package org.jifen.household;

import java.util.List;
import org.springframework.data.repository.Repository;

/** A household's changes, field by field (ADR 0021): appended, never changed or deleted. */
public interface HouseholdChanges extends Repository<HouseholdChange, Long> {

    <S extends HouseholdChange> List<S> saveAll(Iterable<S> changes);

    List<HouseholdChange> findByVillageIdAndHouseholdIdOrderById(long villageId, long householdId);
}
