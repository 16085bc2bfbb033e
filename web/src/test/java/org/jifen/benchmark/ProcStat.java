package org.jifen.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time read from Linux's {@code /proc}: the user and system time of the processes (or a process's threads) under
 * a directory whose name matches. Something that ended meanwhile is not counted.
 */
final class ProcStat {

    /** Linux's clock ticks per second for CPU times ({@code getconf CLK_TCK}: 100 on every usual kernel). */
    private static final long TICKS = 100;

    private ProcStat() {
    }

    /** The CPU (ns) of the entries under {@code dir} ({@code /proc}, {@code /proc/self/task}) named so; -1 without /proc. */
    static long cpuNanos(Path dir, Predicate<String> named) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(entry -> ticks(entry, named)).sum() * (1_000_000_000L / TICKS);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static long ticks(Path entry, Predicate<String> named) {
        try {
            String stat = Files.readString(entry.resolve("stat"));
            if (!named.test(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) {
                return 0;
            }
            // after the name: state is field 3 of stat, utime 14 and stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }
}
