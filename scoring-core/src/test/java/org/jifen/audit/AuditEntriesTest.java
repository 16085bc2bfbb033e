package org.jifen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The audit log is append-only because no code path can change it: no repository method, no setter. */
class AuditEntriesTest {

    @Test
    void theRepositoryCanOnlyAppend() {
        assertThat(AuditEntries.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(Arrays.stream(AuditEntries.class.getDeclaredMethods()).map(Method::getName))
                .allMatch(name -> name.equals("save") || name.startsWith("find")).contains("save");
    }

    @Test
    void anEntryCannotBeChangedOnceMade() {
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName))
                .allMatch(name -> name.startsWith("get") || name.equals("id"));
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredFields()).filter(field -> !field.getName().equals("id"))
                .filter(field -> !field.isAnnotationPresent(jakarta.persistence.Embedded.class)))
                .allSatisfy(field -> assertThat(field.getAnnotation(jakarta.persistence.Column.class))
                        .as(field.getName()).isNotNull()
                        .extracting(jakarta.persistence.Column::updatable).isEqualTo(false));
        // Its place in the chain too: each column of the embedded place is overridden as not updatable.
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(jakarta.persistence.Embedded.class)))
                .isNotEmpty()
                .allSatisfy(field -> assertThat(field.getAnnotationsByType(jakarta.persistence.AttributeOverride.class))
                        .as(field.getName()).hasSize(3)
                        .allSatisfy(override -> assertThat(override.column().updatable()).isFalse()));
    }
}
