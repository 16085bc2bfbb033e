package org.jifen.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The village points ledger: append and read, nothing else (no update, no delete). */
public interface AwardLedger extends Repository<Award, Long> {

    Award save(Award award);

    Optional<Award> findById(long id);

    List<Award> findByEventRowIdOrderById(long eventRowId);

    List<Award> findByVillageIdAndHouseholdIdAndMonthOrderById(long villageId, long householdId, String month);

    /** Every entry of a village's month, for the evaluation and the finalisation of the whole village at once. */
    List<Award> findByVillageIdAndMonthOrderById(long villageId, String month);

    boolean existsByReversesAwardId(long awardId);

    /** Points per rule and kind in the months [from, to), for caps over a quarter or a year. */
    @Query("""
            select new org.jifen.scoring.RuleTotal(a.rule, a.kind, sum(a.points)) from Award a
            where a.villageId = ?1 and a.householdId = ?2 and a.month >= ?3 and a.month < ?4
            group by a.rule, a.kind""")
    List<RuleTotal> totalsBetween(long villageId, long householdId, String fromMonth, String toMonthExclusive);
}
