package org.jifen.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * What this JVM has spent so far: its CPU (all threads, ns), the JIT compilers' time by the JVM's own count
 * ({@code CompilationMXBean}, ms, summed over the compiler threads), on Linux the compiler threads' CPU (ns, read
 * from {@code /proc/self/task}; -1 elsewhere), and the CPU of the threads that serve HTTP requests (Tomcat's
 * {@code http-nio-*}, ns): what requests cost without the JVM's background work (collector, compilers, timers), which
 * a low rate of requests otherwise divides among few events. The difference of two is what a run cost.
 */
record ThisJvm(long cpuNs, long compileMs, long jitCpuNs, long requestCpuNs) {

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
        return ProcStat.cpuNanos(Path.of("/proc/self/task"),
                name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }
}
