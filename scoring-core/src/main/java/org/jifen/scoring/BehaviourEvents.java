package org.jifen.scoring;

import java.time.YearMonth;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface BehaviourEvents extends Repository<BehaviourEvent, Long> {

    BehaviourEvent save(BehaviourEvent event);

    Optional<BehaviourEvent> findById(long id);

    Optional<BehaviourEvent> findByVillageIdAndEventId(long villageId, String eventId);

    /** The event locked for the transaction: what is attached to it is counted and added one request at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from BehaviourEvent e where e.villageId = ?1 and e.eventId = ?2")
    Optional<BehaviourEvent> lockByVillageIdAndEventId(long villageId, String eventId);

    List<BehaviourEvent> findByIdIn(Collection<Long> ids);

    /** A page of what one user recorded in a village in a span of time, in the page's order. */
    List<BehaviourEvent> findByVillageIdAndRecordedByAndRecordedAtGreaterThanEqualAndRecordedAtLessThan(
            long villageId, String recordedBy, java.time.Instant from, java.time.Instant to,
            org.springframework.data.domain.Pageable page);

    /** How many events one user recorded in a village in a span of time. */
    long countByVillageIdAndRecordedByAndRecordedAtGreaterThanEqualAndRecordedAtLessThan(long villageId,
            String recordedBy, java.time.Instant from, java.time.Instant to);

    /** A village's events of a month, in the order they were recorded. */
    @Query("select e from BehaviourEvent e where e.villageId = ?1 and e.month = ?2 order by e.id")
    List<BehaviourEvent> inMonth(long villageId, YearMonth month);

    /**
     * The event types the village recorded that some rule gave points for, by name: the words its plan uses, offered
     * to staff where the plan lists no types of its own (tryout M3).
     */
    @Query("""
            select distinct e.type from BehaviourEvent e where e.villageId = ?1
            and exists (select a.id from Award a where a.eventRowId = e.id) order by e.type""")
    List<String> typesThatCounted(long villageId);

    /** The months from {@code month} on in which the village recorded events. */
    @Query("select distinct e.month from BehaviourEvent e where e.villageId = ?1 and e.month >= ?2")
    List<YearMonth> monthsFrom(long villageId, YearMonth month);

    /** A village's events of these types in the months [from, to], the latest first, for {@code latest} (ADR 0124). */
    @Query("""
            select e from BehaviourEvent e where e.villageId = ?1 and e.type in ?2 and e.month >= ?3 and e.month <= ?4
            order by e.occurredOn desc, e.id desc""")
    List<BehaviourEvent> latestOf(long villageId, java.util.Collection<String> types, YearMonth fromMonth, YearMonth toMonth);

    /** How many events the village recorded in the months [from, to]: events are never changed or deleted. */
    @Query("select count(e) from BehaviourEvent e where e.villageId = ?1 and e.month >= ?2 and e.month <= ?3")
    long countIn(long villageId, YearMonth fromMonth, YearMonth toMonth);

    /** A village's month counted per household and type, for the month-end rules. */
    @Query("""
            select new org.jifen.scoring.EventTally(e.householdId, e.type, count(e), sum(e.quantity))
            from BehaviourEvent e where e.villageId = ?1 and e.month = ?2
            group by e.householdId, e.type""")
    List<EventTally> tallies(long villageId, YearMonth month);

    /** As {@link #tallies}, for one household, through its own index. */
    @Query("""
            select new org.jifen.scoring.EventTally(e.householdId, e.type, count(e), sum(e.quantity))
            from BehaviourEvent e where e.villageId = ?1 and e.householdId = ?2 and e.month = ?3
            group by e.householdId, e.type""")
    List<EventTally> talliesOf(long villageId, long householdId, YearMonth month);

    /** As {@link #latestOf}, for some of the village's households. */
    @Query("""
            select e from BehaviourEvent e where e.villageId = ?1 and e.type in ?2 and e.month >= ?3 and e.month <= ?4
            and e.householdId in ?5 order by e.occurredOn desc, e.id desc""")
    List<BehaviourEvent> latestOf(long villageId, java.util.Collection<String> types, YearMonth fromMonth, YearMonth toMonth,
            java.util.Collection<Long> householdIds);
}
