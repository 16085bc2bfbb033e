package org.jifen.plan;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.jifen.engine.PlanCheckMain;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.engine.PlanRejected;
import org.jifen.engine.TestDays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded plan in a separate, limited JVM before the service compiles it (ADR 0048): the plan's parse,
 * sentence expansion, spreadsheet reading, compilation and rule tests then cost that process, with a small heap
 * ({@code -XX:+ExitOnOutOfMemoryError}) and a limit of CPU time after which it is killed ({@link CheckBudget}), never
 * the service and the other villages it serves. At most {@code concurrency} checks run at once and one per village, so that many
 * uploads cannot start many JVMs, and a lane of {@code smallLane} more for small uploads, which then never wait
 * behind large ones ({@link CheckLanes}, ADR 0226); an upload that finds no free check within {@code queueWait} is
 * answered 503.
 * The child runs the service's own code and classpath ({@link PlanCheckMain}), without the service's environment
 * (which holds its secrets).
 */
@Component
public class PlanCheckProcess {

    private static final Logger log = LoggerFactory.getLogger(PlanCheckProcess.class);
    /** The exit status of a JVM that ran out of memory with {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY = 3;
    private static final int MAX_VERDICT_BYTES = 4 * 1024 * 1024;
    private static final int STDERR_TAIL = 8 * 1024;
    /** How often a running check's CPU time is read (from /proc on Linux). */
    private static final java.time.Duration POLL = java.time.Duration.ofMillis(100);
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    /** The check needs none of the service's secrets (database and admin passwords live in its environment). */
    private static final Set<String> INHERITED_ENVIRONMENT = Set.of("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR");
    private static final Path NICE = Path.of("/usr/bin/nice");
    /** How much lower a large upload's check runs than the service (nice 0 to 19). */
    private static final int LARGE_NICENESS = 10;

    private final PlanSettings settings;
    private final CheckLanes lanes;
    private final Set<String> villagesChecking = ConcurrentHashMap.newKeySet();

    PlanCheckProcess(PlanSettings settings) {
        this.settings = settings;
        PlanSettings.Check check = settings.check();
        this.lanes = new CheckLanes(check.concurrency(), check.smallLane(), check.smallAtMost().toBytes());
    }

    public boolean isolated() {
        return settings.check().isolated();
    }

    /** How many more checks any upload may start now; tests wait on it to know a check holds its slot. */
    int freeSlots() {
        return lanes.freeShared();
    }

    /** Returns when the plan passed every check in the separate JVM; throws {@link PlanRejected} when it did not. */
    void check(String village, List<PlanFile> files, TestDays days) {
        if (!villagesChecking.add(village)) {
            throw new PlanCheckBusy("本村上传的上一个方案还在检查中，请等它完成后再上传");
        }
        try {
            long bytes = files.stream().mapToLong(file -> file.content().length).sum();
            Semaphore lane = lanes.take(bytes, settings.check().queueWait());
            if (lane == null) {
                throw new PlanCheckBusy("正在检查的方案较多，请稍后再上传");
            }
            try {
                PlanRejected rejected = run(files, days, lanes.small(bytes));
                if (rejected != null) {
                    throw rejected;
                }
            } finally {
                lane.release();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PlanCheckBusy("方案检查被中断，请重新上传");
        } finally {
            villagesChecking.remove(village);
        }
    }

    private @Nullable PlanRejected run(List<PlanFile> files, TestDays days, boolean small)
            throws InterruptedException {
        PlanSettings.Check check = settings.check();
        String first = files.isEmpty() ? "" : files.get(0).name();
        Path workDir;
        Process process;
        try {
            workDir = Files.createTempDirectory("jifen-plan-check");
            ProcessBuilder builder = new ProcessBuilder(command(small)).directory(workDir.toFile());
            builder.environment().keySet().removeIf(name -> !INHERITED_ENVIRONMENT.contains(name));
            process = builder.start();
        } catch (IOException cannotStart) {
            log.error("Cannot start the plan-checking JVM", cannotStart);
            throw new PlanCheckBusy("暂时无法检查方案，请稍后再上传；如果一直如此，请联系镇管理员");
        }
        long started = System.nanoTime();
        Drain verdict = Drain.of(process.getInputStream(), MAX_VERDICT_BYTES, false);
        Drain errors = Drain.of(process.getErrorStream(), STDERR_TAIL, true);
        try (OutputStream in = process.getOutputStream()) {
            PlanCheckMain.send(in, settings.fireLimit(), settings.fireTimeLimit(), days, files);
        } catch (IOException childGone) {
            // the child ended before reading everything; its exit status says why
        }
        CheckBudget budget = CheckBudget.of(check.timeLimit());
        CheckBudget.Spent spent = CheckBudget.Spent.WITHIN;
        java.time.Duration cpu = java.time.Duration.ZERO;
        while (!process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
            java.time.Duration elapsed = java.time.Duration.ofNanos(System.nanoTime() - started);
            // where the system does not say a process's CPU time, its wall-clock time stands for it
            cpu = process.toHandle().info().totalCpuDuration().orElse(elapsed);
            spent = budget.after(cpu, elapsed);
            if (spent != CheckBudget.Spent.WITHIN) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                break;
            }
        }
        verdict.join();
        errors.join();
        deleteQuietly(workDir);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (spent == CheckBudget.Spent.CPU) {
            log.warn("Plan check stopped after {} ms: {} ms of CPU, over its limit", millis, cpu.toMillis());
            return new PlanRejected(new PlanProblem(first, 0, "检查这个方案用了超过 " + seconds(check.timeLimit())
                    + " 秒的计算时间，已停止：请减少规则、简化条件（少用 or 和 accumulate）或拆分方案"));
        }
        if (spent == CheckBudget.Spent.WAITED) {
            log.warn("Plan check stopped after {} ms with {} ms of CPU: the machine is too busy", millis, cpu.toMillis());
            throw new PlanCheckBusy("服务器正忙，这个方案在 " + budget.wall().toSeconds() + " 秒内没有检查完（到停下时还没有"
                    + "发现问题），没有保存：请过几分钟重新上传。如果再传还是这样，可能是方案太大：请减少规则或拆分方案");
        }
        int status = process.exitValue();
        if (status == OUT_OF_MEMORY) {
            log.warn("Plan check ran out of its {} heap after {} ms", check.memory(), millis);
            return new PlanRejected(new PlanProblem(first, 0, "检查这个方案需要的内存超过 " + check.memory().toMegabytes()
                    + " MB，已停止：请减少规则、简化条件（少用 or 和 accumulate）或拆分方案"));
        }
        if (status != PlanCheckMain.CHECKED) {
            log.warn("Plan check ended with status {} after {} ms: {}", status, millis, errors.text());
            return new PlanRejected(new PlanProblem(first, 0, "检查这个方案时检查程序意外退出（" + status + "），方案没有保存：请检查方案，"
                    + "或联系镇管理员"));
        }
        try {
            PlanRejected rejected = PlanCheckMain.verdict(verdict.stream());
            log.info("Plan checked in a separate JVM in {} ms, at least {} ms of CPU: {}", millis, cpu.toMillis(),
                    rejected == null ? "accepted" : rejected.problems().size() + " problem(s)");
            return rejected;
        } catch (IOException unreadable) {
            log.warn("Unreadable verdict from the plan check: {}; {}", unreadable.toString(), errors.text());
            return new PlanRejected(new PlanProblem(first, 0, "检查这个方案时没有得到结果，方案没有保存，请重新上传"));
        }
    }

    private static String seconds(java.time.Duration time) {
        return time.toMillis() % 1000 == 0 ? Long.toString(time.toSeconds())
                : java.math.BigDecimal.valueOf(time.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /**
     * The service's own java and classpath; a Spring Boot jar is started through its launcher. A large upload's check
     * runs at a lower priority where the system has {@code nice} (ADR 0226): on the township's two cores two of them
     * left a small upload's check beside them a third of a core, and the service answering requests less.
     */
    private List<String> command(boolean small) {
        PlanSettings.Check check = settings.check();
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        if (!small && Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", String.valueOf(LARGE_NICENESS)));
        }
        command.addAll(List.of(java,
                "-Xmx" + Math.max(check.memory().toMegabytes(), 8) + "m",
                "-XX:MaxMetaspaceSize=192m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:ActiveProcessorCount=1",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dlogback.configurationFile=org/jifen/engine/plan-check-logback.xml"));
        // The child runs in a temporary directory: a classpath given relative to the service's own directory
        // (java -jar web/target/jifen.jar) must be made absolute, or the child finds nothing.
        String classpath = absolute(System.getProperty("java.class.path"));
        command.add("-cp");
        command.add(classpath);
        if (isBootJar(classpath)) {
            command.add("-Dloader.main=" + PlanCheckMain.class.getName());
            command.add(BOOT_LAUNCHER);
        } else {
            command.add(PlanCheckMain.class.getName());
        }
        return command;
    }

    static String absolute(String classpath) {
        return java.util.Arrays.stream(classpath.split(java.util.regex.Pattern.quote(File.pathSeparator)))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static boolean isBootJar(String classpath) {
        if (!classpath.endsWith(".jar") || classpath.contains(File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classpath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException leftBehind) {
            log.debug("Could not remove {}", directory);
        }
    }

    /** Reads a child's stream on its own thread, so that neither pipe can fill up and stall the child. */
    private static final class Drain {

        private final Thread thread;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        private Drain(InputStream from, int limit, boolean tail) {
            this.thread = new Thread(() -> copy(from, limit, tail), "plan-check-io");
            this.thread.setDaemon(true);
        }

        static Drain of(InputStream from, int limit, boolean tail) {
            Drain drain = new Drain(from, limit, tail);
            drain.thread.start();
            return drain;
        }

        private void copy(InputStream from, int limit, boolean tail) {
            byte[] buffer = new byte[8192];
            try (from) {
                int read;
                while ((read = from.read(buffer)) >= 0) {
                    synchronized (bytes) {
                        if (bytes.size() + read > limit) {
                            if (!tail) {
                                continue; // keep the head; a verdict this large is unreadable anyway
                            }
                            byte[] kept = bytes.toByteArray();
                            bytes.reset();
                            bytes.write(kept, Math.min(kept.length, read), kept.length - Math.min(kept.length, read));
                        }
                        bytes.write(buffer, 0, read);
                    }
                }
            } catch (IOException closed) {
                // the child is gone
            }
        }

        void join() throws InterruptedException {
            thread.join(10_000);
        }

        InputStream stream() {
            synchronized (bytes) {
                return new java.io.ByteArrayInputStream(bytes.toByteArray());
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
