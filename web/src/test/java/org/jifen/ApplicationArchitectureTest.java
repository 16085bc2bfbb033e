package org.jifen;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.architecture.DroolsConfined;
import org.jifen.architecture.FeatureCycles;
import org.jifen.architecture.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * The shape of the whole application, scoring-core, rules-repo and web together (ADR 0141): Drools only in the engine,
 * and no cycles between the features but for the listed ones, which only go. ArchitectureRulesFailTest shows each rule
 * failing on a deliberately bad package.
 */
class ApplicationArchitectureTest {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(MainClasses.ONLY).importPackages("org.jifen");

    @Test
    void onlyTheEngineTouchesDrools() {
        DroolsConfined.to("org.jifen.engine..").check(APPLICATION);
    }

    @Test
    void theFeaturesHaveNoCyclesButTheListedOnes() {
        FeatureCycles.between("org.jifen", FeatureCycles.STILL_TO_CUT).check(APPLICATION);
    }

    @Test
    void everyListedCycleStillExistsSoTheListOnlyShrinks() {
        Set<String> dependencies = new TreeSet<>();
        for (var type : APPLICATION) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                FeatureCycles.feature("org.jifen", type.getPackageName())
                        .flatMap(from -> FeatureCycles.feature("org.jifen", dependency.getTargetClass().getPackageName())
                                .filter(to -> !to.equals(from)).map(to -> from + " -> " + to))
                        .ifPresent(dependencies::add);
            }
        }

        assertThat(dependencies).as("cut: delete its line from FeatureCycles.STILL_TO_CUT")
                .containsAll(FeatureCycles.STILL_TO_CUT);
    }
}
