package org.jifen.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A village's plan versions: uploaded, never changed or deleted (every award points at the text that granted it). */
public interface RuleSets extends Repository<RuleSet, Long> {

    RuleSet save(RuleSet ruleSet);

    Optional<RuleSet> findById(long id);

    Optional<RuleSet> findByVillageIdAndVersion(long villageId, int version);

    @EntityGraph(attributePaths = "files")
    @Query("select r from RuleSet r where r.id = ?1")
    Optional<RuleSet> findWithFilesById(long id);

    List<RuleSet> findByVillageIdOrderByVersion(long villageId);

    /**
     * The version that governs a village's month: that of the latest activation from the month or before it, or of
     * one that reaches back to every month (ADR 0055). Both tables named by their village too, so that a database
     * distributed by village answers from the village's shard alone (ADR 0206).
     */
    @Query("""
            select r from RuleSet r, PlanActivation a
            where r.villageId = ?1 and a.villageId = ?1 and a.ruleSetId = r.id and a.id = (
                select max(b.id) from PlanActivation b
                where b.villageId = ?1 and (b.fromMonth is null or b.fromMonth <= ?2))""")
    Optional<RuleSet> governing(long villageId, YearMonth month);

    /** The versions that govern a month from {@code month} on somewhere (a superseded future one may be among them). */
    @Query("""
            select distinct a.ruleSetId from PlanActivation a where a.fromMonth > ?1 or a.id in (
                select max(b.id) from PlanActivation b where b.fromMonth is null or b.fromMonth <= ?1
                group by b.villageId)""")
    List<Long> inForceFrom(YearMonth month);

    /** The months after {@code month} a village's versions are activated from, earliest first. */
    @Query("select a.fromMonth from PlanActivation a where a.villageId = ?1 and a.fromMonth > ?2 order by a.fromMonth")
    List<YearMonth> activatedFromAfter(long villageId, YearMonth month);

    @Query("select coalesce(max(r.version), 0) from RuleSet r where r.villageId = ?1")
    int lastVersion(long villageId);
}
