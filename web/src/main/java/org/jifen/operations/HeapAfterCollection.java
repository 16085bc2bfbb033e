package org.jifen.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * How full the long-lived part of the heap was right after the last collection of it: what the service really
 * holds, unlike the current usage, which garbage inflates between collections. {@code max} is -1 where the JVM
 * reports no limit.
 *
 * @param used bytes in use after the last collection of the fullest bounded heap pool (the old generation)
 * @param max that pool's limit in bytes
 */
record HeapAfterCollection(long used, long max) {

    /** Past this share of the limit after a collection, the next burst of requests runs out of memory. */
    static final double NEARLY_FULL = 0.9;

    static HeapAfterCollection now() {
        HeapAfterCollection fullest = new HeapAfterCollection(0, -1);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP && pool.isValid()
                    ? pool.getCollectionUsage() : null;
            long max = pool.getUsage().getMax();
            if (afterCollection != null && max > 0) {
                HeapAfterCollection candidate = new HeapAfterCollection(afterCollection.getUsed(), max);
                // The fullest pool; before any collection all are empty, and the largest (the old generation) counts.
                if (candidate.fullness() > fullest.fullness()
                        || candidate.fullness() == fullest.fullness() && max > fullest.max()) {
                    fullest = candidate;
                }
            }
        }
        return fullest;
    }

    double fullness() {
        return max > 0 ? (double) used / max : 0;
    }

    boolean nearlyFull() {
        return fullness() >= NEARLY_FULL;
    }
}
