package org.jifen.scoring;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.jifen.persistence.InList;
import org.springframework.stereotype.Component;

/**
 * The replay check's read, one query however many events (ADR 0262). Not a method of {@link BehaviourEvents}, which
 * stays a bare repository that can only append and read (AppendOnlyTablesTest).
 */
@Component
class EventsByClientId {

    private final EntityManager entityManager;

    EventsByClientId(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The village's events among these client ids. Read-only: an event is never changed, so the replays a transaction
     * reads keep no snapshot for its flushes to check (ADR 0229). A query of fixed form, translated once
     * ({@link InList}).
     */
    List<BehaviourEvent> read(long villageId, Collection<String> eventIds) {
        return InList.read(eventIds, part -> part.bound(entityManager.createQuery("""
                select e from BehaviourEvent e where e.villageId = :village and e.eventId in (%s)"""
                .formatted(part.parameters()), BehaviourEvent.class))
                .setParameter("village", villageId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
    }
}
