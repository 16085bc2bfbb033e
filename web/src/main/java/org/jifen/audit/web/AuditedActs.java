package org.jifen.audit.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.jifen.audit.AuditLog;
import org.jifen.audit.AuditOutcome;
import org.jifen.endpoint.AuditedAct;
import org.jifen.problem.Refusal;
import org.jifen.web.SignedIn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardTypeConverter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs each {@link AuditedAct} controller method and its audit entry in one transaction (the services'
 * {@code @Transactional} joins it), so an act is committed with its entry or not at all. A refused or failed act
 * rolls back; its entry is then written on its own, so refusals are on record too.
 */
@Aspect
@Component
class AuditedActs {

    private static final Logger log = LoggerFactory.getLogger(AuditedActs.class);
    private static final Actor NOBODY = new Actor("anonymous", Role.AUDITOR, null);
    /** Targets are text: any value (a YearMonth, a record) is written as its toString. */
    private static final StandardTypeConverter TO_TEXT = new StandardTypeConverter(anythingToText());

    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Timer appending;
    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

    AuditedActs(AuditLog auditLog, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactions);
        this.appending = Timer.builder("jifen.audit.append").description("Writing an act's audit entry")
                .register(meters);
    }

    @Around("@annotation(act)")
    Object audit(ProceedingJoinPoint call, AuditedAct act) {
        Method method = ((MethodSignature) call.getSignature()).getMethod();
        Object[] args = call.getArgs();
        Actor actor = SignedIn.actor().orElse(NOBODY);
        String from = remoteAddress();
        try {
            return transactions.execute(status -> {
                Object result = proceed(call);
                appending.record(() -> append(act, method, args, result, actor, from, AuditOutcome.DONE, null,
                        Map.of()));
                return result;
            });
        } catch (Refusal refusal) {
            appendApart(act, method, args, actor, from, AuditOutcome.REFUSED, refusal.slug(), refusal.getMessage());
            throw refusal;
        } catch (ControllerThrew checked) {
            appendApart(act, method, args, actor, from, AuditOutcome.FAILED, "internal-error", "");
            throw checked;
        } catch (RuntimeException | Error failure) {
            appendApart(act, method, args, actor, from, AuditOutcome.FAILED, "internal-error", "");
            throw failure;
        }
    }

    private void appendApart(AuditedAct act, Method method, Object[] args, Actor actor, String from,
            AuditOutcome outcome, String problem, String detail) {
        try {
            transactions.executeWithoutResult(status -> append(act, method, args, null, actor, from, outcome,
                    problem, detail.isEmpty() ? Map.of() : Map.of("detail", detail)));
        } catch (RuntimeException notWritten) {
            // The caller is told of the refusal either way; the log line keeps what the table could not.
            log.error("Could not write the audit entry of {} {} by {}: {}", outcome, act.code(), actor.username(),
                    problem, notWritten);
        }
    }

    private void append(AuditedAct act, Method method, Object[] args, @Nullable Object result, Actor actor,
            String from, AuditOutcome outcome, @Nullable String problem, Map<String, Object> extra) {
        MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, method, args, names);
        context.setTypeConverter(TO_TEXT);
        context.setVariable("result", result);
        Map<String, @Nullable Object> details = new LinkedHashMap<>(details(act, context));
        details.putAll(extra);
        auditLog.append(new org.jifen.audit.AuditedAct(actor, from, village(act, method, args, context), act.code(),
                act.label(), String.valueOf(evaluate(act.target(), true, context)), outcome, problem, details));
    }

    private @Nullable String village(AuditedAct act, Method method, Object[] args, EvaluationContext context) {
        if (!act.village().isEmpty()) {
            Object village = evaluate(act.village(), false, context);
            return village == null || village.toString().isBlank() ? null : village.toString();
        }
        String[] parameters = names.getParameterNames(method);
        for (int i = 0; parameters != null && i < parameters.length; i++) {
            if (parameters[i].equals("code") && args[i] instanceof String code) {
                return code;
            }
        }
        return null;
    }

    private Map<String, @Nullable Object> details(AuditedAct act, EvaluationContext context) {
        if (act.details().isEmpty()) {
            return Map.of();
        }
        Object details = evaluate(act.details(), false, context);
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        if (details instanceof Map<?, ?> values) {
            values.forEach((key, value) -> map.put(String.valueOf(key), value));
        } else {
            map.put("value", details);
        }
        return map;
    }

    /** An expression that fails is a mistake in an annotation: it must not cost the act, so it is logged instead. */
    private @Nullable Object evaluate(String expression, boolean template, EvaluationContext context) {
        try {
            return parsed.computeIfAbsent((template ? "T:" : "E:") + expression, key -> template
                    ? parser.parseExpression(expression, ParserContext.TEMPLATE_EXPRESSION)
                    : parser.parseExpression(expression)).getValue(context);
        } catch (RuntimeException mistake) {
            log.error("Audit expression «{}» could not be evaluated", expression, mistake);
            return "?";
        }
    }

    private static DefaultConversionService anythingToText() {
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(Object.class, String.class, String::valueOf);
        return conversions;
    }

    private static Object proceed(ProceedingJoinPoint call) {
        try {
            return call.proceed();
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Throwable checked) {
            throw new ControllerThrew(checked);
        }
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? remoteAddress(attributes.getRequest()) : "local";
    }

    /** The peer, or the client a trusted proxy names (server.forward-headers-strategy, see docs/adr/0031). */
    private static String remoteAddress(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    /** A checked exception from a controller, carried through the transaction callback. */
    private static final class ControllerThrew extends RuntimeException {

        ControllerThrew(Throwable cause) {
            super(cause);
        }
    }
}
