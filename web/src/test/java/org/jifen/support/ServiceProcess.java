package org.jifen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service, {@code target/jifen.jar}, run as operators run it: {@code java -jar}, or the README's command
 * ({@link #startByScript}), in a process of its own, so that a test can kill it (SIGKILL), watch it end by itself and start it again on the same database. Failsafe
 * runs after {@code package}, so the jar is the one just built (a test started from an IDE runs whatever jar the
 * last build left). Its console goes to {@code <name>.log} in the working directory given.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "jifen.jar");
    /** The README's command, at the project's root (failsafe runs in the web module). */
    public static final Path SCRIPT = Path.of("..", "jifen");
    /**
     * C1 only and the serial collector: a start takes about half the CPU, which matters on a shared 2-core machine,
     * and neither changes what the tests look at (what is stored, how the process ends). Not for measuring speed.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Duration STARTING = Duration.ofMinutes(8);
    /** The locale too: on Java 17 it decides the default charset, and with ASCII Chinese rule names break. */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path console;
    private final Duration startedIn;

    private ServiceProcess(Process process, int port, Path console, Duration startedIn) {
        this.process = process;
        this.port = port;
        this.console = console;
        this.startedIn = startedIn;
    }

    /**
     * Starts the jar with these JVM options and environment (only the path, home and locale are inherited, so a
     * developer's own {@code JIFEN_*} or {@code SPRING_*} settings cannot leak in) and waits until it is ready.
     */
    public static ServiceProcess start(Path workDirectory, String name, List<String> jvmOptions,
            Map<String, String> environment) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the full-application tests "
                    + "with ./mvnw verify, which packages the jar before failsafe runs them");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // by a relative path, as an operator may run it: what the service derives from its own path must cope
        Path jar = workDirectory.toAbsolutePath().relativize(JAR.toAbsolutePath());
        command.addAll(List.of("-jar", jar.toString()));
        return launch(workDirectory, name, command, environment);
    }

    /**
     * Starts the service with the README's command, {@link #SCRIPT} (ADR 0266), on the jar {@code JIFEN_JAR} names in
     * the environment (else the one just built), with this Java and these JVM options ({@code JAVA_OPTS}), and waits
     * until it is ready.
     */
    public static ServiceProcess startByScript(Path workDirectory, String name, List<String> jvmOptions,
            Map<String, String> environment) {
        Map<String, String> settings = new java.util.HashMap<>(environment);
        settings.put("JAVA_HOME", System.getProperty("java.home"));
        settings.put("JAVA_OPTS", String.join(" ", jvmOptions));
        return launch(workDirectory, name, new ArrayList<>(List.of(SCRIPT.toAbsolutePath().toString())), settings);
    }

    private static ServiceProcess launch(Path workDirectory, String name, List<String> command,
            Map<String, String> environment) {
        int port = freePort();
        command.addAll(List.of("--server.port=" + port, "--jifen.admin-password=" + Township.ADMIN_PASSWORD));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true);
        Path console = workDirectory.resolve(name + ".log");
        builder.redirectOutput(console.toFile());
        builder.environment().keySet().retainAll(INHERITED);
        builder.environment().putAll(environment);
        long began = System.nanoTime();
        try {
            Process process = builder.start();
            awaitReady(process, port, console);
            return new ServiceProcess(process, port, console, Duration.ofNanos(System.nanoTime() - began));
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    /** An empty directory {@code target/<name>} for one test's processes: what the last run left is kept until then. */
    public static Path freshDirectory(String name) {
        Path directory = Path.of("target", name).toAbsolutePath();
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
            return Files.createDirectories(directory);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The township admin of this service. */
    public Api api() {
        return new Api(base(), "admin", Township.ADMIN_PASSWORD);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Duration startedIn() {
        return startedIn;
    }

    /**
     * Whether the process has this file mapped into its memory, as a JVM maps the class-data archive it starts with
     * (Linux). The README's command ends by replacing itself with the JVM, so the process is the service's.
     */
    public boolean maps(Path file) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "maps"))
                    .contains(file.toRealPath().toString());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a power cut or {@code kill -9} would end it: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** The exit status once the process has ended by itself within the time given. */
    public int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the service did not end within " + within + "; its console ends with:\n"
                        + tail());
            }
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Everything the service wrote to its console so far. */
    public String console() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void awaitReady(Process process, int port, Path console) {
        long deadline = System.nanoTime() + STARTING.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service ended while starting (status " + process.exitValue()
                        + "); its console ends with:\n" + tail(console));
            }
            if (readiness(port) == 200) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the service was not ready within " + STARTING + "; its console ends with:\n"
                + tail(console));
    }

    private static int readiness(int port) {
        try {
            URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
            return HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private String tail() {
        return tail(console);
    }

    private static String tail(Path console) {
        String all;
        try {
            all = Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(unreadable: " + unreadable + ")";
        }
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }
}
