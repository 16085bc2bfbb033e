package org.jifen.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What this JVM has spent so far: its CPU (all threads, ns), the JIT compilers' time by the JVM's own count
 * ({@code CompilationMXBean}, ms, summed over the compiler threads), on Linux the compiler threads' CPU (ns, read
 * from {@code /proc/self/task}; -1 elsewhere), and the CPU of the threads that serve HTTP requests (Tomcat's
 * {@code http-nio-*}, ns): what requests cost without the JVM's background work (collector, compilers, timers), which
 * a low rate of requests otherwise divides among few events. The difference of two is what a run cost.
 */
record ThisJvm(long cpuNs, long compileMs, long jitCpuNs, long requestCpuNs) {

    /** Linux's clock ticks per second for a task's CPU times ({@code getconf CLK_TCK}: 100 on every usual kernel). */
    private static final long TICKS = 100;

    static ThisJvm now() {
        return new ThisJvm(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), jitCpu(),
                requestCpu());
    }

    ThisJvm since(ThisJvm before) {
        return new ThisJvm(cpuNs - before.cpuNs, compileMs - before.compileMs,
                jitCpuNs < 0 || before.jitCpuNs < 0 ? -1 : jitCpuNs - before.jitCpuNs,
                requestCpuNs - before.requestCpuNs);
    }

    /** The compiler threads' share of this JVM's CPU, in percent; NaN where unknown. */
    double jitShare() {
        return jitCpuNs < 0 || cpuNs <= 0 ? Double.NaN : 100.0 * jitCpuNs / cpuNs;
    }

    /** Tomcat's threads (a thread that ended meanwhile is not counted: its pool keeps them a minute when idle). */
    private static long requestCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("http-nio-")) {
                cpu += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return cpu;
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
