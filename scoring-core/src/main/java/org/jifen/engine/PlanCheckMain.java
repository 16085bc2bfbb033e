package org.jifen.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the separate, limited JVM in which the service checks an uploaded plan (ADR 0048): it reads the
 * plan's files from standard input, compiles them with every check, wall and budget, runs the plan's own tests and a
 * trial run (ADR 0164), and
 * writes the verdict to standard output, then exits. Whatever the plan costs (memory, time, a crash) it costs this
 * process, which the service starts with a small heap and kills when it overruns its time.
 *
 * <p>The exchange is deliberately plain ({@link DataInputStream}): a format version, the fire limit and fire time,
 * the days the plan's tests may be dated on, the number of files, and each file's name and bytes; back, whether the plan was accepted and each problem's file,
 * line, cell and message. Anything the engine logs goes to standard error, never into the verdict.
 */
public final class PlanCheckMain {

    static final int FORMAT = 4;
    /** The exit status of a completed check, accepted or refused; anything else means the check itself failed. */
    public static final int CHECKED = 0;
    /** CPU seconds a check may take and still pass: real plans take about one, and the service repeats the build. */
    static final int MAX_CHECK_CPU_SECONDS = 15;
    private static final int MAX_FILES = 64;
    private static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final int MAX_TEXT = 4000;

    private PlanCheckMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream verdict = System.out;
        System.setOut(System.err);
        PlanRejected rejected;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(System.in))) {
            Request request = read(in);
            rejected = check(request);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(verdict))) {
            write(out, rejected);
        }
        System.exit(CHECKED);
    }

    private record Request(PlanLimits limits, TestDays days, List<PlanFile> files) {
    }

    private static @Nullable PlanRejected check(Request request) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        try {
            new PlanCompiler(request.limits()).compileUpload(request.files(), request.days());
        } catch (PlanRejected rejected) {
            return rejected;
        }
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(threads.getCurrentThreadCpuTime() - before);
        if (seconds > MAX_CHECK_CPU_SECONDS) {
            // the service builds a passed plan once more, outside this JVM's limits: a build this slow would hold
            // a request thread (and a core) of the service for as long again
            String first = request.files().isEmpty() ? "" : request.files().get(0).name();
            return new PlanRejected(new PlanProblem(first, 0, "检查这个方案用了 " + seconds + " 秒，超过了 " + MAX_CHECK_CPU_SECONDS
                    + " 秒的上限（本镇的方案通常 1 秒左右）：时间花在编译规则和跑规则测试上，请减少规则或测试用例、简化条件（少用 or 和 "
                    + "accumulate），或拆分方案"));
        }
        return null;
    }

    /** What the service sends: the limits and the files of the plan. */
    public static void send(OutputStream to, int fireLimit, Duration fireTime, TestDays days, List<PlanFile> files)
            throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(to));
        out.writeInt(FORMAT);
        out.writeInt(fireLimit);
        out.writeLong(fireTime.toMillis());
        out.writeLong(days.earliest().toEpochDay());
        out.writeLong(days.latest().toEpochDay());
        out.writeInt(files.size());
        for (PlanFile file : files) {
            out.writeUTF(file.name());
            out.writeInt(file.content().length);
            out.write(file.content());
        }
        out.flush();
    }

    private static Request read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown request format");
        }
        PlanLimits limits = new PlanLimits(in.readInt(), Duration.ofMillis(in.readLong()));
        TestDays days = new TestDays(java.time.LocalDate.ofEpochDay(in.readLong()),
                java.time.LocalDate.ofEpochDay(in.readLong()));
        int count = in.readInt();
        if (count < 0 || count > MAX_FILES) {
            throw new IOException("too many files: " + count);
        }
        List<PlanFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > MAX_FILE_BYTES) {
                throw new IOException("file too large: " + length);
            }
            files.add(new PlanFile(name, in.readNBytes(length)));
        }
        return new Request(limits, days, files);
    }

    /** The verdict: the refusal's problems (its note of later checks last), then its warnings; none when accepted. */
    private static void write(DataOutputStream out, @Nullable PlanRejected rejected) throws IOException {
        out.writeInt(FORMAT);
        write(out, rejected == null ? List.of() : rejected.problemsAndNote());
        write(out, rejected == null ? List.of() : rejected.warnings());
    }

    private static void write(DataOutputStream out, List<PlanProblem> problems) throws IOException {
        out.writeInt(problems.size());
        for (PlanProblem problem : problems) {
            out.writeUTF(shortened(problem.file()));
            out.writeInt(problem.line());
            out.writeUTF(problem.cell() == null ? "" : problem.cell());
            out.writeUTF(shortened(problem.message()));
        }
    }

    /** What the service reads back: null when the plan was accepted, else the refusal with its warnings. */
    public static @Nullable PlanRejected verdict(InputStream from) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(from));
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown verdict format");
        }
        List<PlanProblem> problems = problems(in);
        List<PlanProblem> warnings = problems(in);
        return problems.isEmpty() ? null : new PlanRejected(problems, warnings);
    }

    private static List<PlanProblem> problems(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<PlanProblem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String file = in.readUTF();
            int line = in.readInt();
            String cell = in.readUTF();
            problems.add(new PlanProblem(file, line, cell.isEmpty() ? null : cell, in.readUTF()));
        }
        return problems;
    }

    private static String shortened(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
