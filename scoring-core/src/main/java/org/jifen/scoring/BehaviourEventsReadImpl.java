package org.jifen.scoring;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.jifen.persistence.InList;

/** {@link BehaviourEventsRead}, as Spring Data finds it by its name. */
class BehaviourEventsReadImpl implements BehaviourEventsRead {

    private final EntityManager entityManager;

    BehaviourEventsReadImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<BehaviourEvent> readByEventIds(long villageId, Collection<String> eventIds) {
        List<BehaviourEvent> read = new ArrayList<>(eventIds.size());
        for (InList<String> part : InList.of(eventIds)) {
            read.addAll(part.bound(entityManager.createQuery("""
                    select e from BehaviourEvent e where e.villageId = :village and e.eventId in (%s)"""
                    .formatted(part.parameters()), BehaviourEvent.class))
                    .setParameter("village", villageId)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList());
        }
        return read;
    }
}
