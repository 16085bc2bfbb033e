package org.jifen.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a table's rows as a statement writes them: one row at a time, a parameter a column (a JDBC batch,
 * what H2 runs in the service's own process), or all the rows at once, an array a column read back by PostgreSQL's
 * {@code unnest} (ADR 0264, 0265). The statement's text is then the same however many rows it writes, and its
 * parameters are a handful of arrays instead of a row's worth of parameters for each row.
 *
 * @param <R> what one row is made of
 */
public final class ArrayColumns<R> {

    /** The column types the rows use, with what PostgreSQL calls them and what JDBC does. */
    public enum Type {
        BIGINT("bigint", java.sql.Types.BIGINT),
        INTEGER("integer", java.sql.Types.INTEGER),
        TEXT("varchar", java.sql.Types.VARCHAR),
        DATE("date", java.sql.Types.DATE),
        /** Given as an {@link OffsetDateTime}; in an array, written as its instant (ISO 8601, seconds always shown). */
        TIMESTAMPTZ("timestamptz", java.sql.Types.TIMESTAMP_WITH_TIMEZONE);

        private final String sqlName;
        private final int jdbcType;

        Type(String sqlName, int jdbcType) {
            this.sqlName = sqlName;
            this.jdbcType = jdbcType;
        }

        /**
         * The value as this type takes it, the same on both databases so that a mistake fails on H2 too: a number for
         * {@code BIGINT} and {@code INTEGER}, a {@link String}, a {@link LocalDate}, an {@link OffsetDateTime}.
         */
        private Object checked(Object value) {
            return switch (this) {
                case BIGINT -> ((Number) value).longValue();
                case INTEGER -> Math.toIntExact(((Number) value).longValue());
                case TEXT -> (String) value;
                case DATE -> (LocalDate) value;
                case TIMESTAMPTZ -> (OffsetDateTime) value;
            };
        }

        /** An array of the column's values as pgjdbc sends it: numbers as numbers, the rest in PostgreSQL's text. */
        private Object[] elements(List<@Nullable Object> values) {
            Object[] elements = switch (this) {
                case BIGINT -> new Long[values.size()];
                case INTEGER -> new Integer[values.size()];
                default -> new String[values.size()];
            };
            for (int i = 0; i < elements.length; i++) {
                Object value = values.get(i);
                elements[i] = value == null ? null : switch (this) {
                    case BIGINT, INTEGER, TEXT -> checked(value);
                    case DATE -> checked(value).toString();
                    case TIMESTAMPTZ -> ((OffsetDateTime) checked(value)).toInstant().toString();
                };
            }
            return elements;
        }
    }

    /** A column: its name, its type, and its value in a row ({@code null} for SQL's null). */
    public record Column<R>(String name, Type type, Function<R, @Nullable Object> value) {
    }

    private final List<Column<R>> columns;

    private ArrayColumns(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    @SafeVarargs
    public static <R> ArrayColumns<R> of(Column<R>... columns) {
        return new ArrayColumns<>(List.of(columns));
    }

    public static <R> Column<R> column(String name, Type type, Function<R, @Nullable Object> value) {
        return new Column<>(name, type, value);
    }

    /** Inserts one row into the table, a parameter a column, for {@link #bindOne}. */
    public String insertOne(String table) {
        return "insert into " + table + " (" + names() + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /**
     * Inserts all the rows into the table, an array a column turned back into rows by {@code unnest}, for {@link #bind}:
     * the same text however many rows.
     */
    public String insertAll(String table) {
        StringJoiner arrays = new StringJoiner(", ", "unnest(", ")");
        columns.forEach(column -> arrays.add("cast(? as " + column.type().sqlName + " array)"));
        return "insert into " + table + " (" + names() + ") select * from " + arrays;
    }

    private String names() {
        StringJoiner names = new StringJoiner(", ");
        columns.forEach(column -> names.add(column.name()));
        return names.toString();
    }

    /** Binds the rows, an array a column, from parameter {@code first} on; answers the next parameter's index. */
    public int bind(PreparedStatement statement, int first, List<R> rows) throws SQLException {
        Connection connection = statement.getConnection();
        int at = first;
        for (Column<R> column : columns) {
            List<@Nullable Object> values = rows.stream().map(row -> column.value().apply(row)).toList();
            statement.setArray(at++, connection.createArrayOf(column.type().sqlName, column.type().elements(values)));
        }
        return at;
    }

    /** Binds one row, a parameter a column, from the first parameter on. */
    public void bindOne(PreparedStatement statement, R row) throws SQLException {
        int at = 1;
        for (Column<R> column : columns) {
            Object value = column.value().apply(row);
            if (value == null) {
                statement.setNull(at++, column.type().jdbcType);
            } else {
                statement.setObject(at++, column.type().checked(value), column.type().jdbcType);
            }
        }
    }
}
