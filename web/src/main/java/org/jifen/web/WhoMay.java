package org.jifen.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Says in each village operation's description who may call it, read from {@link VillageAccess}'s table, the one
 * the security filters apply: the API's description cannot disagree with what is enforced (ADR 0085).
 */
final class WhoMay implements OperationCustomizer {

    private static final String VILLAGE = "/api/villages/{code}";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.path().length == 0 || !mapping.path()[0].startsWith(VILLAGE)) {
            return operation;
        }
        HttpMethod method = mapping.method().length == 0 ? HttpMethod.GET
                : HttpMethod.valueOf(mapping.method()[0].name());
        String who = "**可用角色 · who may**：" + VillageAccess.of(method, mapping.path()[0].substring(VILLAGE.length()))
                .whoMay() + "。";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        return operation;
    }
}
