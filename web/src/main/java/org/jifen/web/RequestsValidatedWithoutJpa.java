package org.jifen.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are records read from JSON, never entities, so whether JPA has loaded a property is never the
 * question. Hibernate Validator asks it anyway when JPA is on the class path: for every property of every element of
 * a batch it looks up the persistence providers (a class-loader walk under a lock), which cost a fifth of a batch
 * request's CPU (ADR 0267). Every property is reachable and cascadable here, as Bean Validation has it without JPA.
 */
@Configuration
class RequestsValidatedWithoutJpa {

    @Bean
    ValidationConfigurationCustomizer everyPropertyReachable() {
        return configuration -> configuration.traversableResolver(new EveryPropertyReachable());
    }

    /** The resolver Bean Validation uses where no persistence provider is present. */
    static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }
}
