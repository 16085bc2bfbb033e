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
 * The chained tables are append-only because no code path can change them (the audit log's guard, AuditEntriesTest,
 * extended to every chained table): each repository of their rows, wherever it is, is a bare {@link Repository} whose
 * methods save, find, count, check existence, sum or lock, and none deletes or runs a modifying query. The chains'
 * heads move, but are never deleted.
 */
class AppendOnlyTablesTest {

    private static final Set<String> CHAINED = Set.of("org.jifen.scoring.Award", "org.jifen.balance.PointsEntry",
            "org.jifen.audit.AuditEntry", "org.jifen.evidence.Evidence", "org.jifen.integrity.ChainHead");

    @Test
    void everyRepositoryOfAChainedTableCanOnlyAppendAndRead() {
        List<Class<?>> repositories = repositoriesOfChainedTables();

        assertThat(repositories).extracting(Class::getSimpleName)
                .contains("AwardRows", "AwardLedger", "PointsEntries", "AuditEntries", "EvidenceItems", "ChainHeads");
        for (Class<?> repository : repositories) {
            assertThat(repository.getInterfaces()).as(repository.getName()).containsExactly(Repository.class);
            for (Method method : repository.getDeclaredMethods()) {
                String name = method.getName();
                assertThat(name.equals("save") || name.matches("(find|count|exists|read|get|stream)[A-Z].*")
                        || selects(method) || method.isDefault()
                        || java.lang.reflect.Modifier.isStatic(method.getModifiers()))
                        .as(repository.getSimpleName() + "." + name).isTrue();
                assertThat(name.toLowerCase()).as(repository.getSimpleName() + "." + name).doesNotContain("delete")
                        .doesNotContain("remove").doesNotContain("update");
                assertThat(method.isAnnotationPresent(Modifying.class)).as(repository.getSimpleName() + "." + name)
                        .isFalse();
            }
        }
    }

    /** A query written out that only reads. */
    private static boolean selects(Method method) {
        Query query = method.getAnnotation(Query.class);
        return query != null
                && query.value().strip().toLowerCase(java.util.Locale.ROOT).matches("(?s)(select|with)\\b.*");
    }

    private static List<Class<?>> repositoriesOfChainedTables() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        return scanner.findCandidateComponents("org.jifen").stream().map(AppendOnlyTablesTest::load)
                .filter(repository -> CHAINED.contains(entityOf(repository))).toList();
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
