package org.jifen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Drools in one package: everything else speaks the engine's own types (ARCHITECTURE.md, ADR 0141). */
public final class DroolsConfined {

    private DroolsConfined() {
    }

    /** No class outside {@code enginePackage} (an ArchUnit package pattern) uses a Drools or KIE type. */
    public static ArchRule to(String enginePackage) {
        return noClasses().that().resideOutsideOfPackage(enginePackage)
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("the engine is the one place that knows Drools");
    }
}
