package org.jifen.endpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts the act of a controller method into the audit log: done (in the act's own transaction) or refused. One line
 * on the method is all an act needs, for example
 * <pre>{@code @AuditedAct(code = "plan.activated", label = "启用积分方案", target = "rule-set v#{#version}")}</pre>
 * Expressions are Spring Expression Language over the method's parameters by name ({@code #version}) and, once the
 * act is done, its answer as {@code #result} (null when refused: write {@code #result?.body?.version()}). The
 * village is the {@code code} path variable unless {@link #village()} says otherwise. Never put a password or other
 * secret in {@link #details()}. See docs/adr/0030.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedAct {

    /** A stable code, {@code <thing>.<past participle>} such as {@code plan.uploaded}; the log is filtered by it. */
    String code();

    /** The act in Chinese, for the people who read the log, such as 上传积分方案. */
    String label();

    /** What the act was done to, as a template: literal text with {@code #{expression}} parts. */
    String target();

    /** An expression for the village's code, when it is not the {@code code} path variable. */
    String village() default "";

    /** An expression for a small map of details, such as {@code {reason: #correction.reason()}}. */
    String details() default "";
}
