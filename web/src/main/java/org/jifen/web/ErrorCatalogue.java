package org.jifen.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The error catalogue, docs/errors.md, as the service reads it from its classpath (the build copies it there): one
 * row per problem type with its status, when it is answered (Chinese and English), an example detail and its
 * extension members. The API description takes its examples from here; {@code ErrorCatalogueTest} keeps it complete.
 */
final class ErrorCatalogue {

    static final String RESOURCE = "docs/errors.md";

    /**
     * One row of the catalogue.
     *
     * @param members the extension members of an example, as JSON members without braces, or empty
     */
    record Entry(String type, int status, String whenChinese, String whenEnglish, String example, String members) {
    }

    private final Map<String, Entry> entries;

    private ErrorCatalogue(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static ErrorCatalogue load() {
        try (InputStream in = ErrorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the build copies it from docs/");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The rows of every table whose first cell is a type in backquotes; anything else on the page is prose. */
    static ErrorCatalogue parse(String markdown) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(String::strip).toArray(String[]::new);
            if (cells.length != 6) {
                throw new IllegalStateException(RESOURCE + ": a row needs 6 cells, not " + cells.length + ": " + line);
            }
            String type = cells[0].replace("`", "");
            String members = cells[5].isEmpty() ? "" : cells[5].substring(1, cells[5].length() - 1);
            Entry entry = new Entry(type, Integer.parseInt(cells[1]), cells[2], cells[3], cells[4], members);
            if (entries.put(type, entry) != null) {
                throw new IllegalStateException(RESOURCE + ": the type " + type + " is listed twice");
            }
        }
        return new ErrorCatalogue(entries);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Optional<Entry> entry(String type) {
        return Optional.ofNullable(entries.get(type));
    }
}
