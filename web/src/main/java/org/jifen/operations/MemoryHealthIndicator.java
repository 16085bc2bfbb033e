package org.jifen.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The health component {@code memory}: DOWN when the heap is nearly full after a collection (the next burst runs out
 * of memory), WARNING when the JVM would not end itself on running out of memory (so it could go on answering from
 * a broken state, ADR 0051), UP otherwise. The warning is also logged once the service is ready.
 */
@Component
class MemoryHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MemoryHealthIndicator.class);
    private static final long MB = 1024 * 1024;

    private final OutOfMemoryPolicy policy = OutOfMemoryPolicy.ofThisJvm();

    @Override
    public Health health() {
        HeapAfterCollection heap = HeapAfterCollection.now();
        Health.Builder health = heap.nearlyFull() ? Health.down()
                : policy.exits() ? Health.up() : Health.status(Statuses.WARNING);
        health.withDetail("onOutOfMemory",
                        policy.exits() ? policy.flag() + " (the process ends)" : "the process goes on")
                .withDetail("heapMaxMb", heap.max() / MB)
                .withDetail("heapUsedAfterLastCollectionMb", heap.used() / MB);
        if (heap.nearlyFull()) {
            health.withDetail("problem", "the heap is over " + Math.round(HeapAfterCollection.NEARLY_FULL * 100)
                    + "% full after a collection: give the service more memory (-Xmx)");
        } else if (!policy.exits()) {
            health.withDetail("problem", missingFlag());
        }
        return health.build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutTheFlag() {
        if (!policy.exits()) {
            log.warn("{} /actuator/health reports WARNING until then.", missingFlag());
        }
    }

    private static String missingFlag() {
        return "The JVM was started without -XX:+ExitOnOutOfMemoryError: after running out of memory the service "
                + "could go on answering from a broken state. Start it as 'java -XX:+ExitOnOutOfMemoryError -Xmx1g "
                + "-jar jifen.jar' under a supervisor that restarts it (docs/operations.md, Memory).";
    }
}
