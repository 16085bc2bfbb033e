package org.jifen.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>Fetching the next block of pooled ids from a sequence is counted apart: it happens once in 50 rows, at a point
 * that depends on every row written before in the process, so a ceiling that included it would hold or not by luck.
 * Reading the lock-outs other nodes posted (ADR 0160) is not counted: it happens once in a few seconds, in whichever
 * request then signs in.
 */
@TestComponent
public class Statements implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private final AtomicLong executed = new AtomicLong();
    private final AtomicLong idBlocks = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    /** The most rows read from any one answer since the last {@link #count} began. */
    private final AtomicLong largest = new AtomicLong();
    /** The SQL of each statement counted since the last {@link #count} began, in order. */
    private final java.util.Queue<String> sent = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** How many statements {@code work} sent, how many blocks of ids it fetched besides, and what it returned. */
    public <T> Counted<T> count(Supplier<T> work) {
        long before = executed.get();
        long blocksBefore = idBlocks.get();
        long rowsBefore = rows.get();
        largest.set(0);
        sent.clear();
        T result = work.get();
        return new Counted<>(executed.get() - before, idBlocks.get() - blocksBefore, rows.get() - rowsBefore,
                largest.get(), List.copyOf(sent), result);
    }

    /**
     * {@code statements} excludes the {@code idBlocks} fetched from sequences; {@code rowsRead} counts the rows the
     * service read from the answers of its statements, which grows with what a query reads where the statement count
     * does not; {@code largestAnswer} the most rows read from one answer, which is what a read holds in memory at once;
     * {@code sql} the text of each statement counted, in order.
     */
    public record Counted<T>(long statements, long idBlocks, long rowsRead, long largestAnswer, List<String> sql,
            T result) {

        /** The statements one per line, numbered, to say in a test's log or failure what was sent. */
        public String listed() {
            StringBuilder listed = new StringBuilder();
            for (int i = 0; i < sql.size(); i++) {
                listed.append(String.format("%n%3d. %s", i + 1, sql.get(i)));
            }
            return listed.toString();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                ? wrap(dataSource, DataSource.class, null) : bean;
    }

    private Object wrap(Object target, Class<?> type, String sql) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, new Counting(target, sql));
    }

    /** H2's and PostgreSQL's ways of taking the next value of a sequence. */
    private static boolean fetchesIds(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.contains("next value for") || lower.contains("nextval(");
    }

    private static boolean readsSharedLockouts(String sql) {
        return sql.toLowerCase(Locale.ROOT).contains("from login_lockout");
    }

    private final class Counting implements InvocationHandler {

        private final Object target;
        /** The SQL a prepared statement was prepared with; null for a connection or a plain statement. */
        private final String sql;
        /** For an answer: the rows read from it so far. */
        private long read;

        Counting(Object target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("next") && target instanceof ResultSet) {
                Object more = invoked(method, args);
                // a result set knows the SQL of the statement that gave it (see below)
                if (Boolean.TRUE.equals(more) && (sql == null || !readsSharedLockouts(sql))) {
                    rows.incrementAndGet();
                    largest.accumulateAndGet(++read, Math::max);
                }
                return more;
            }
            String executing = null;
            if (EXECUTIONS.contains(method.getName())) {
                executing = args != null && args.length > 0 && args[0] instanceof String given ? given : sql;
                if (executing == null || !readsSharedLockouts(executing)) {
                    boolean ids = executing != null && fetchesIds(executing);
                    (ids ? idBlocks : executed).incrementAndGet();
                    if (!ids) {
                        sent.add(executing == null ? method.getName() : executing);
                    }
                }
            }
            Object result = invoked(method, args);
            Class<?> returns = method.getReturnType();
            boolean unwrapping = method.getName().equals("unwrap");
            String prepared = method.getName().startsWith("prepare") && args != null && args.length > 0
                    && args[0] instanceof String given ? given : returns == ResultSet.class ? executing : null;
            return !unwrapping && result != null && (returns == Connection.class || returns == ResultSet.class
                    || Statement.class.isAssignableFrom(returns)) ? wrap(result, returns, prepared) : result;
        }

        private Object invoked(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }
    }
}
