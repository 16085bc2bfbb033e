package org.jifen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.problem.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * docs/errors.md lists every problem type the service answers, with the status it is answered with: each refusal of
 * the services ({@link Refusal} and its subclasses, scanned from the classpath so new ones are found) and each
 * problem of the web layer ({@link WebProblem}). A row for a type the service no longer answers fails it too.
 */
class ErrorCatalogueTest {

    private final ErrorCatalogue catalogue = ErrorCatalogue.load();

    @Test
    void everyProblemTypeIsInTheCatalogueWithItsStatus() {
        Map<String, Integer> answered = answeredTypes();
        List<String> wrong = new ArrayList<>();
        answered.forEach((type, status) -> catalogue.entry(type).ifPresentOrElse(
                entry -> {
                    if (entry.status() != status) {
                        wrong.add(type + " is listed with " + entry.status() + ", the service answers " + status);
                    }
                },
                () -> wrong.add(type + " (" + status + ") is missing")));
        catalogue.entries().keySet().stream().filter(type -> !answered.containsKey(type))
                .forEach(type -> wrong.add(type + " is listed, but the service never answers it"));

        assertThat(wrong).as("docs/errors.md against the code").isEmpty();
        assertThat(answered).as("refusals found on the classpath").hasSizeGreaterThan(50);
    }

    @Test
    void everyRowHasBothLanguagesAndAnExample() {
        assertThat(catalogue.entries().values()).allSatisfy(entry -> {
            assertThat(entry.whenChinese()).as(entry.type()).isNotBlank();
            assertThat(entry.whenEnglish()).as(entry.type()).isNotBlank();
            assertThat(entry.example()).as(entry.type()).isNotBlank();
        });
    }

    /** Each type the service answers, with its status; a type answered by two classes must agree on it. */
    static Map<String, Integer> answeredTypes() {
        Map<String, Integer> answered = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Class<? extends Refusal> refusal : refusals()) {
            put(answered, Refusal.slugOf(refusal), ProblemHandler.status(Refusal.kindOf(refusal)).value(), clashes);
        }
        Arrays.stream(WebProblem.values()).forEach(problem ->
                put(answered, problem.slug(), problem.status().value(), clashes));
        assertThat(clashes).as("one type, two statuses").isEmpty();
        return answered;
    }

    private static void put(Map<String, Integer> answered, String type, int status, List<String> clashes) {
        Integer before = answered.put(type, status);
        if (before != null && before != status) {
            clashes.add(type + ": " + before + " and " + status);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Refusal>> refusals() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Refusal.class));
        List<Class<? extends Refusal>> refusals = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.jifen")) {
            refusals.add((Class<? extends Refusal>) ClassUtils.resolveClassName(found.getBeanClassName(), null));
        }
        return refusals;
    }
}
