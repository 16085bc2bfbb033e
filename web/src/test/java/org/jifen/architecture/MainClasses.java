package org.jifen.architecture;

import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's own classes, without any test classes: ArchUnit's DO_NOT_INCLUDE_TESTS knows test-classes
 * folders but not scoring-core's test-jar, which is a jar on web's test class path once the reactor has packaged it
 * (as in {@code ./mvnw verify}).
 */
public final class MainClasses {

    public static final ImportOption ONLY = location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");

    private MainClasses() {
    }
}
