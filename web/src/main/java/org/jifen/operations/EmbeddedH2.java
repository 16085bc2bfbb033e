package org.jifen.operations;

import java.util.List;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The service's database is H2 on files inside this process (the embedded default), not in memory or a server. */
final class EmbeddedH2 implements Condition {

    private static final List<String> NOT_ON_FILES_HERE = List.of("jdbc:h2:mem:", "jdbc:h2:tcp:", "jdbc:h2:ssl:");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbeddedFile(context.getEnvironment().getProperty("spring.datasource.url", ""));
    }

    static boolean isEmbeddedFile(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && NOT_ON_FILES_HERE.stream().noneMatch(lower::startsWith);
    }
}
