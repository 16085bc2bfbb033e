package org.jifen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.architecture.MainClasses;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features' boundaries, kept (ADR 0140, 0141). Every top-level package under {@code org.jifen} is an application
 * module to Spring Modulith, whichever Maven module (scoring-core, rules-repo, web) holds its classes; another module
 * may use only the types of its base package, and no modules form a cycle (Modulith's check, beside the ArchUnit rule
 * of {@link ApplicationArchitectureTest}; ADR 0185).
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(JifenApplication.class, MainClasses.ONLY);

    @Test
    void modulithSeesTheFeaturesOfEveryMavenModule() {
        List<String> modules = MODULES.stream().map(module -> module.getIdentifier().toString()).toList();

        assertThat(modules).contains("scoring", "engine", "village") // scoring-core
                .contains("pilots") // rules-repo
                .contains("web", "operations", "demo"); // web
        assertThat(MODULES.getModuleByName("files").orElseThrow()
                .contains(org.jifen.files.StoredFiles.class)).as("web's half of a feature").isTrue();
        assertThat(MODULES.getModuleByName("files").orElseThrow()
                .contains(org.jifen.files.StoredFile.class)).as("scoring-core's half of a feature").isTrue();
    }

    @Test
    void noModuleReachesIntoAnothersInternalsOrFormsACycle() {
        MODULES.verify();
    }
}
