package org.jifen.household;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdChanges extends JpaRepository<HouseholdChange, Long> {

    List<HouseholdChange> findByVillageIdAndHouseholdIdOrderById(long villageId, long householdId);
}
