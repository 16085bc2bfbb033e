package org.jifen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.jifen.architecture.DroolsConfined;
import org.jifen.architecture.FeatureCycles;
import org.jifen.architecture.MainClasses;
import org.jifen.architecture.TimeFromTheClock;
import org.junit.jupiter.api.Test;

/**
 * The shape of the whole application, scoring-core, rules-repo and web together (ADR 0141, 0185): Drools only in the
 * engine, no cycles between the features, and every time from the injected clock (ADR 0186). ArchitectureRulesFailTest shows each rule failing on a deliberately bad
 * package.
 */
class ApplicationArchitectureTest {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(MainClasses.ONLY).importPackages("org.jifen");

    @Test
    void onlyTheEngineTouchesDrools() {
        DroolsConfined.to("org.jifen.engine..").check(APPLICATION);
    }

    @Test
    void theFeaturesHaveNoCycles() {
        FeatureCycles.in("org.jifen").check(APPLICATION);
    }

    @Test
    void everyTimeComesFromTheInjectedClock() {
        TimeFromTheClock.outside(TimeFromTheClock.ALLOWED.keySet()).check(APPLICATION);
    }
}
