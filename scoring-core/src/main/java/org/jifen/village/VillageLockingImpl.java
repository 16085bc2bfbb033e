package org.jifen.village;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** {@link VillageLocking} for {@link Villages}: found by Spring Data by its name. */
class VillageLockingImpl implements VillageLocking {

    private final EntityManager entities;
    private final VillageLocks locks;

    VillageLockingImpl(EntityManager entities, VillageLocks locks) {
        this.entities = entities;
        this.locks = locks;
    }

    @Override
    public Optional<Village> lockByCode(String code) {
        Optional<Village> village = entities.createQuery("select v from Village v where v.code = ?1", Village.class)
                .setParameter(1, code).getResultList().stream().findFirst();
        village.ifPresent(found -> locks.take(found.id())
                .orElseThrow(() -> new IllegalStateException("village " + code + " has no lock row")));
        return village;
    }
}
