package org.jifen.scoring;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction keeps in memory until it writes it (recording's rows, the months' counts of entries, the
 * households' months' totals): one instance of each kind per transaction of a persistence context, bound to it on
 * first use, written by its {@code beforeCommit} and dropped when the transaction ends, committed or not.
 */
abstract class TransactionScoped implements TransactionSynchronization {

    private final Object key;

    protected TransactionScoped(Object key) {
        this.key = key;
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }

    /** The caller's transaction's instance of the kind, made and bound to it on first use. */
    static <T extends TransactionScoped> T of(EntityManager entityManager, Class<T> kind, Function<Object, T> made) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException(kind.getName() + " is kept by the caller's transaction");
        }
        Object key = key(entityManager, kind);
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (kind.isInstance(bound)) {
            return kind.cast(bound);
        }
        T instance = made.apply(key);
        TransactionSynchronizationManager.bindResource(key, instance);
        TransactionSynchronizationManager.registerSynchronization(instance);
        return instance;
    }

    /** The caller's transaction's instance of the kind, if it made one. */
    static <T extends TransactionScoped> Optional<T> bound(EntityManager entityManager, Class<T> kind) {
        Object bound = TransactionSynchronizationManager.getResource(key(entityManager, kind));
        return kind.isInstance(bound) ? Optional.of(kind.cast(bound)) : Optional.empty();
    }

    private static Object key(EntityManager entityManager, Class<?> kind) {
        return new Key(kind, entityManager.unwrap(Session.class));
    }

    private record Key(Class<?> kind, Object session) {
    }
}
