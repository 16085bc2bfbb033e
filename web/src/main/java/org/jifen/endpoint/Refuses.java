package org.jifen.endpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jifen.problem.Refusal;

/**
 * The refusals an endpoint answers beside those every endpoint of its shape may give (ADR 0081): the API description
 * lists each as a problem response under the status of its kind, with the example of docs/errors.md. A village's
 * endpoints ({@code {code}} in the path) need not list {@code VillageNotFound}, nor a write the login, size and
 * database problems: {@link ApiDescription} adds those by the endpoint's shape.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

    Class<? extends Refusal>[] value();
}
