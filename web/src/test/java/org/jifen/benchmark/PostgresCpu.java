package org.jifen.benchmark;

import java.nio.file.Path;

/**
 * The CPU the machine's PostgreSQL processes have spent so far (ns; -1 where there is no {@code /proc}): what the
 * service's statements cost the database, which the service JVM's CPU does not show. The embedded database is the
 * only PostgreSQL on a benchmark machine; a backend that ended meanwhile is not counted (the pool keeps its
 * connections open).
 */
final class PostgresCpu {

    private PostgresCpu() {
    }

    static long nanos() {
        return ProcStat.cpuNanos(Path.of("/proc"), "postgres"::equals);
    }
}
