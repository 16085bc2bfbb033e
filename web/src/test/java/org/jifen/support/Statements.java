package org.jifen.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the service under test sends to its database: every execution of a statement is one
 * round trip, and a JDBC batch (however many rows it carries) is one. It wraps the application's data source, so it
 * sees Hibernate's statements and any plain JDBC alike. The count is of the whole process: measure with nothing else
 * running.
 */
@TestComponent
public class Statements implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private final AtomicLong executed = new AtomicLong();

    /** How many statements {@code work} sent, and what it returned. */
    public <T> Counted<T> count(Supplier<T> work) {
        long before = executed.get();
        T result = work.get();
        return new Counted<>(executed.get() - before, result);
    }

    public record Counted<T>(long statements, T result) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                ? wrap(dataSource, DataSource.class) : bean;
    }

    private Object wrap(Object target, Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, new Counting(target));
    }

    private final class Counting implements InvocationHandler {

        private final Object target;

        Counting(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTIONS.contains(method.getName())) {
                executed.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
            Class<?> returns = method.getReturnType();
            boolean unwrapping = method.getName().equals("unwrap");
            return !unwrapping && result != null && (returns == Connection.class || Statement.class.isAssignableFrom(returns))
                    ? wrap(result, returns) : result;
        }
    }
}
