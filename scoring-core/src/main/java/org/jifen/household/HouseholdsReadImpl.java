package org.jifen.household;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.jifen.persistence.InList;

/** {@link HouseholdsRead}, as Spring Data finds it by its name. */
class HouseholdsReadImpl implements HouseholdsRead {

    private final EntityManager entityManager;

    HouseholdsReadImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Household> readWithTags(long villageId, Collection<Long> ids) {
        List<Household> read = InList.read(ids, part -> part.bound(entityManager.createQuery("""
                select h from Household h left join fetch h.tags
                where h.villageId = :village and h.id in (%s)""".formatted(part.parameters()), Household.class))
                .setParameter("village", villageId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList());
        read.forEach(entityManager::detach);
        return read;
    }
}
