package org.jifen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/** Each rule of the application's shape, shown failing once on purpose on the bad packages under {@code fixture}. */
class ArchitectureRulesFailTest {

    private static final String FIXTURE = "org.jifen.architecture.fixture";

    @Test
    void drools_outside_the_engine_is_reported() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE + ".drools");

        EvaluationResult result = DroolsConfined.to(FIXTURE + ".drools.engine..")
                .evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(line -> line.contains("LeaksDrools") && line.contains("org.kie.api.runtime.KieSession"));
    }

    @Test
    void a_cycle_between_features_is_reported() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE + ".cycle");

        EvaluationResult result = FeatureCycles.in(FIXTURE + ".cycle").evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected", "first", "second");
    }

    @Test
    void reading_the_system_time_instead_of_the_clock_is_reported() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE + ".clock");

        EvaluationResult result = TimeFromTheClock.outside(List.of()).evaluate(classes);
        EvaluationResult allowed = TimeFromTheClock.outside(List.of(FIXTURE + ".clock.ReadsTheWallClock"))
                .allowEmptyShould(true).evaluate(classes);

        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .anyMatch(line -> line.contains("java.time.Instant.now()"))
                .anyMatch(line -> line.contains("java.lang.System.currentTimeMillis()"))
                .noneMatch(line -> line.contains("YearMonth"));
        assertThat(allowed.hasViolation()).isFalse();
    }

    @Test
    void a_module_reaching_into_anothers_internals_is_reported() {
        Violations violations = ApplicationModules.of(FIXTURE + ".modules", location -> true).detectViolations();

        assertThat(violations.getMessages()).isNotEmpty().allMatch(message -> message.startsWith(
                "Module 'caller' depends on non-exposed type " + FIXTURE + ".modules.owner.internal.Hidden"));
    }
}
