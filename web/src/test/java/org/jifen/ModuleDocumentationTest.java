package org.jifen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * docs/modules is Spring Modulith's description of the modules (a diagram of all, and each module's base package,
 * components, aggregates and dependencies), generated, never written by hand. This test generates it afresh; when
 * docs/modules says something else (other lines; their order varies from run to run), it writes the fresh one there
 * and fails, so the change is seen and committed (ADR 0142).
 */
class ModuleDocumentationTest {

    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/modules").toAbsolutePath().normalize();

    @Test
    void theModuleDocsInDocsAreTheGeneratedOnes() throws IOException {
        Path fresh = Files.createTempDirectory("module-docs");
        new Documenter(ModuleStructureTest.MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeDocumentation();

        Map<String, String> generated = contents(fresh);
        boolean current = lines(generated).equals(lines(contents(COMMITTED)));
        if (!current) {
            replace(COMMITTED, generated);
        }

        assertThat(current).as("%s was stale and is now written afresh: commit it", COMMITTED).isTrue();
    }

    /** Each file's lines, sorted: the Documenter writes the same relations in an order that varies between runs. */
    private static Map<String, List<String>> lines(Map<String, String> files) {
        Map<String, List<String>> sorted = new TreeMap<>();
        files.forEach((name, text) -> sorted.put(name, text.lines().sorted().toList()));
        return sorted;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(Files::isRegularFile).forEach(file -> files.put(file.getFileName().toString(), read(file)));
            }
        }
        return files;
    }

    private static void replace(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        for (String stale : contents(folder).keySet()) {
            if (!files.containsKey(stale)) {
                Files.delete(folder.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
