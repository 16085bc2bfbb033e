package org.jifen.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The append-only tables stay so because no code path can change them (the audit log's guard, AuditEntriesTest,
 * extended to every chained table and then to every table that is only ever appended to): each repository of their
 * rows, wherever it is, is a bare {@link Repository} whose methods save new rows, find, count, check existence, sum or
 * lock, and none deletes or runs a modifying query; their entities have no setters. The chains' heads move, but are
 * never deleted.
 */
class AppendOnlyTablesTest {

    /** The chained tables (ADRs 0037, 0180, 0181) and their heads. */
    private static final Set<String> CHAINED = Set.of("org.jifen.scoring.Award", "org.jifen.balance.PointsEntry",
            "org.jifen.audit.AuditEntry", "org.jifen.evidence.Evidence", "org.jifen.integrity.ChainHead");

    /**
     * The tables a mistake in is answered by a new row, never by changing one: events, stock movements and fund
     * entries (ADR 0151), redemptions and their cancellations, household changes (ADR 0021), plan versions and their
     * activations (ADR 0055), expiry rule and plan year changes, month-end runs, frozen month totals, sign-off sheets,
     * notice publications and the steps of a typical case.
     */
    private static final Set<String> APPENDED = Set.of("org.jifen.scoring.BehaviourEvent",
            "org.jifen.supermarket.StockMovement", "org.jifen.fund.FundEntry", "org.jifen.supermarket.Redemption",
            "org.jifen.supermarket.RedemptionCancellation", "org.jifen.household.HouseholdChange",
            "org.jifen.plan.RuleSet", "org.jifen.plan.RuleSetRule", "org.jifen.plan.PlanActivation",
            "org.jifen.balance.ExpiryRuleChange", "org.jifen.township.PlanYearChange",
            "org.jifen.evaluation.MonthEvaluation", "org.jifen.month.FinalisedTotals",
            "org.jifen.finalisation.SignOffSheet", "org.jifen.notice.NoticePublication", "org.jifen.cases.CaseStep");

    @Test
    void everyRepositoryOfAChainedTableCanOnlyAppendAndRead() {
        List<Class<?>> repositories = repositoriesOf(CHAINED);

        assertThat(repositories).extracting(Class::getSimpleName)
                .contains("AwardRows", "AwardLedger", "PointsEntries", "AuditEntries", "EvidenceItems", "ChainHeads");
        repositories.forEach(AppendOnlyTablesTest::canOnlyAppendAndRead);
    }

    @Test
    void everyRepositoryOfATableOnlyEverAppendedToCanOnlyAppendAndRead() {
        List<Class<?>> repositories = repositoriesOf(APPENDED);

        assertThat(repositories).extracting(Class::getSimpleName).contains("BehaviourEvents", "StockMovements",
                "FundEntries", "Redemptions", "RedemptionCancellations", "HouseholdChanges", "RuleSets",
                "RuleSetRules", "PlanActivations", "ExpiryRuleChanges", "PlanYearChanges", "MonthEvaluations",
                "FinalisedTotalsStore", "SignOffSheets", "NoticePublications", "CaseSteps");
        repositories.forEach(AppendOnlyTablesTest::canOnlyAppendAndRead);
    }

    @Test
    void noAppendOnlyEntityHasASetter() throws ClassNotFoundException {
        for (String entity : union(CHAINED, APPENDED)) {
            assertThat(Class.forName(entity).getDeclaredMethods()).extracting(Method::getName).as(entity)
                    .noneMatch(name -> name.matches("set[A-Z].*"));
        }
    }

    private static void canOnlyAppendAndRead(Class<?> repository) {
        assertThat(repository.getInterfaces()).as(repository.getName()).containsExactly(Repository.class);
        for (Method method : repository.getDeclaredMethods()) {
            String name = method.getName();
            assertThat(name.equals("save") || name.equals("saveAll")
                    || name.matches("(find|count|exists|read|get|stream|lock)([A-Z].*)?")
                    || selects(method) || method.isDefault()
                    || java.lang.reflect.Modifier.isStatic(method.getModifiers()))
                    .as(repository.getSimpleName() + "." + name).isTrue();
            assertThat(name.toLowerCase()).as(repository.getSimpleName() + "." + name).doesNotContain("delete")
                    .doesNotContain("remove").doesNotContain("update");
            assertThat(method.isAnnotationPresent(Modifying.class)).as(repository.getSimpleName() + "." + name)
                    .isFalse();
        }
    }

    /** A query written out that only reads. */
    private static boolean selects(Method method) {
        Query query = method.getAnnotation(Query.class);
        return query != null
                && query.value().strip().toLowerCase(java.util.Locale.ROOT).matches("(?s)(select|with)\\b.*");
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new java.util.HashSet<>(some);
        all.addAll(others);
        return all;
    }

    private static List<Class<?>> repositoriesOf(Set<String> entities) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        return scanner.findCandidateComponents("org.jifen").stream().map(AppendOnlyTablesTest::load)
                .filter(repository -> entities.contains(entityOf(repository))).toList();
    }

    private static String entityOf(Class<?> repository) {
        return Arrays.stream(repository.getGenericInterfaces()).filter(ParameterizedType.class::isInstance)
                .map(type -> ((ParameterizedType) type).getActualTypeArguments()[0]).map(Type::getTypeName)
                .findFirst().orElse("");
    }

    private static Class<?> load(org.springframework.beans.factory.config.BeanDefinition definition) {
        try {
            return Class.forName(definition.getBeanClassName());
        } catch (ClassNotFoundException notThere) {
            throw new IllegalStateException(notThere);
        }
    }
}
