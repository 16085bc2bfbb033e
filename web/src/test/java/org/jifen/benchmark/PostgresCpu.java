package org.jifen.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU the machine's PostgreSQL processes have spent so far (ns; -1 where there is no {@code /proc}): what the
 * service's statements cost the database, which the service JVM's CPU does not show. The embedded database is the
 * only PostgreSQL on a benchmark machine; a backend that ended meanwhile is not counted (the pool keeps its
 * connections open).
 */
final class PostgresCpu {

    /** Linux's clock ticks per second for a process's CPU times ({@code getconf CLK_TCK}). */
    private static final long TICKS = 100;

    private PostgresCpu() {
    }

    static long nanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(PostgresCpu::ticks).sum() * (1_000_000_000L / TICKS);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }
}
