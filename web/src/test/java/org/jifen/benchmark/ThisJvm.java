package org.jifen.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What this JVM has spent so far: its CPU (all threads, ns), the JIT compilers' time by the JVM's own count
 * ({@code CompilationMXBean}, ms, summed over the compiler threads) and, on Linux, the compiler threads' CPU (ns, read
 * from {@code /proc/self/task}; -1 elsewhere). The difference of two is what a run cost.
 */
record ThisJvm(long cpuNs, long compileMs, long jitCpuNs) {

    /** Linux's clock ticks per second for a task's CPU times ({@code getconf CLK_TCK}: 100 on every usual kernel). */
    private static final long TICKS = 100;

    static ThisJvm now() {
        return new ThisJvm(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), jitCpu());
    }

    ThisJvm since(ThisJvm before) {
        return new ThisJvm(cpuNs - before.cpuNs, compileMs - before.compileMs,
                jitCpuNs < 0 || before.jitCpuNs < 0 ? -1 : jitCpuNs - before.jitCpuNs);
    }

    /** The compiler threads' share of this JVM's CPU, in percent; NaN where unknown. */
    double jitShare() {
        return jitCpuNs < 0 || cpuNs <= 0 ? Double.NaN : 100.0 * jitCpuNs / cpuNs;
    }

    /**
     * The C1 and C2 compiler threads' user and system time (a compiler thread that ended meanwhile is not counted;
     * HotSpot keeps them while it has work).
     */
    private static long jitCpu() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.mapToLong(ThisJvm::compilerTicks).sum() * (1_000_000_000L / TICKS);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static long compilerTicks(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                return 0;
            }
            // after the name: state is field 3 of stat, utime 14 and stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException ended) {
            return 0;
        }
    }
}
