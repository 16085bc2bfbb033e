package org.jifen.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RuleSets extends JpaRepository<RuleSet, Long> {

    Optional<RuleSet> findByVillageIdAndVersion(long villageId, int version);

    @EntityGraph(attributePaths = "files")
    @Query("select r from RuleSet r where r.id = ?1")
    Optional<RuleSet> findWithFilesById(long id);

    List<RuleSet> findByVillageIdOrderByVersion(long villageId);

    @Query("select r.id from RuleSet r where r.status = org.jifen.plan.RuleSetStatus.ACTIVE")
    List<Long> activeIds();

    @Query("select coalesce(max(r.version), 0) from RuleSet r where r.villageId = ?1")
    int lastVersion(long villageId);
}
