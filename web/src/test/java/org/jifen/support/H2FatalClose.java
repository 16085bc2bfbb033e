package org.jifen.support;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Closes the embedded H2 database inside a running service the way H2 closes it after a fatal error. When a
 * statement runs out of memory, H2 calls {@code Database.shutdownImmediately()} (its {@code Command} catches the
 * OutOfMemoryError); {@code SHUTDOWN IMMEDIATELY} is the same call. Where exactly an OutOfMemoryError strikes cannot
 * be chosen from outside, and the service has (and must have) no endpoint that closes its database, so this class is
 * loaded into the service's JVM as an agent (the JDK's attach API, as {@code jcmd} uses it) and runs the statement
 * there, in a session of the same database.
 */
public final class H2FatalClose {

    private H2FatalClose() {
    }

    /** Closes the H2 database whose files are {@code <dataDirectory>/jifen.*} inside the service's process. */
    public static void inside(ServiceProcess service, Path dataDirectory) throws Exception {
        Path agent = agentJar(dataDirectory.getParent().resolve("h2-fatal-close.jar"));
        VirtualMachine jvm = VirtualMachine.attach(String.valueOf(service.pid()));
        try {
            jvm.loadAgent(agent.toAbsolutePath().toString(),
                    "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("jifen") + ";IFEXISTS=TRUE");
        } finally {
            jvm.detach();
        }
    }

    /**
     * Runs in the service's JVM, so it refers to nothing but the JDK. H2 lives in the fat jar's class loader, which
     * the agent's does not see: it is found as the context class loader of the service's threads.
     */
    public static final class Agent {

        private Agent() {
        }

        public static void agentmain(String url) throws Exception {
            ClassLoader application = Thread.getAllStackTraces().keySet().stream()
                    .map(Thread::getContextClassLoader)
                    .filter(loader -> loader != null && loader.getClass().getName().endsWith("LaunchedClassLoader"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no thread of the service runs in the jar's loader"));
            Driver h2 = (Driver) Class.forName("org.h2.Driver", true, application).getDeclaredConstructor()
                    .newInstance();
            Properties login = new Properties();
            login.setProperty("user", "jifen");
            login.setProperty("password", "");
            try (Connection session = h2.connect(url, login); Statement statement = session.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            }
        }
    }

    private static Path agentJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Agent-Class"), Agent.class.getName());
        String entry = Agent.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classFile = Agent.class.getClassLoader().getResourceAsStream(entry)) {
            if (classFile == null) {
                throw new IllegalStateException("cannot find " + entry + " on the test class path");
            }
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
