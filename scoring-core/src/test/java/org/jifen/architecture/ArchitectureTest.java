package org.jifen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape the architecture page promises, checked on every build. */
@AnalyzeClasses(packages = "org.jifen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheEngineTouchesDrools = noClasses()
            .that().resideOutsideOfPackage("org.jifen.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .because("the engine package is the one place that knows Drools (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule theFactModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.jifen.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jifen.engine..", "org.jifen.scoring..",
                    "org.jifen.plan..", "org.springframework..", "jakarta..")
            .because("rule files see the fact model only; it must stay a small published contract");

    @ArchTest
    static final ArchRule whetherAMonthIsFinalisedIsKnownBelowScoring = noClasses()
            .that().resideInAPackage("org.jifen.finalisation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jifen.scoring..", "org.jifen.month..",
                    "org.jifen.evaluation..", "org.jifen.review..", "org.jifen.notice..")
            .because("recording an event asks whether its month is finalised; finalisation must not depend back on it");

    @ArchTest
    static final ArchRule theCoreKnowsNoHttp = noClasses()
            .that().resideInAPackage("org.jifen..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..")
            .because("HTTP belongs to the web module; the core refuses with org.jifen.problem.Refusal");
}
