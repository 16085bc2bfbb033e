package org.jifen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.architecture.FeatureCycles;
import org.jifen.architecture.MainClasses;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violation;

/**
 * The features' boundaries, kept (ADR 0140, 0141). Every top-level package under {@code org.jifen} is an application
 * module to Spring Modulith, whichever Maven module (scoring-core, rules-repo, web) holds its classes; another module
 * may use only the types of its base package. Modulith's own cycle check is left to {@link ApplicationArchitectureTest},
 * whose rule carries the list of dependencies still to cut ({@link FeatureCycles#STILL_TO_CUT}); once that list is
 * empty this test calls {@code verify()} whole.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(JifenApplication.class, MainClasses.ONLY);

    @Test
    void modulithSeesTheFeaturesOfEveryMavenModule() {
        List<String> modules = MODULES.stream().map(module -> module.getIdentifier().toString()).toList();

        assertThat(modules).contains("scoring", "engine", "village") // scoring-core
                .contains("pilots") // rules-repo
                .contains("web", "operations", "demo"); // web
        assertThat(MODULES.getModuleByName("evidence").orElseThrow()
                .contains(org.jifen.evidence.StoredFiles.class)).as("web's half of a feature").isTrue();
        assertThat(MODULES.getModuleByName("evidence").orElseThrow()
                .contains(org.jifen.evidence.EvidenceService.class)).as("scoring-core's half of a feature").isTrue();
    }

    @Test
    void noModuleReachesIntoAnothersInternals() {
        MODULES.detectViolations().filter(ModuleStructureTest::isNoCycle).throwIfPresent();
    }

    static boolean isNoCycle(Violation violation) {
        return !violation.hasMessageContaining("Cycle detected");
    }
}
