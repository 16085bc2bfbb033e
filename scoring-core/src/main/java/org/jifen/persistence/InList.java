package org.jifen.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Values for a query's {@code in (…)}, written as that many single parameters, padded to the next power of two by
 * repeating the last value (ADR 0262). Hibernate keeps a query's translation only when it has no list parameter: a
 * query with one is translated again at every execution, which cost a single event a twentieth of its CPU
 * (issue 13). Padded, a query has one of a few fixed forms, each translated once. A lone parameter between the
 * parentheses counts as a list parameter to Hibernate (it may be bound to a collection), so one value is written
 * twice (ADR 0263). More values than {@link #MOST} are read in parts.
 *
 * @param values the values of one part, padded
 */
public record InList<T>(List<T> values) {

    /** The most values of one part: a batch's 100 events fit in one. */
    public static final int MOST = 128;
    /** The fewest values of one part: {@code in (:in0)} alone would be a list parameter, never kept translated. */
    private static final int FEWEST = 2;

    /** The values in parts of at least two and at most {@link #MOST}, each padded; none for none. */
    public static <T> List<InList<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<InList<T>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MOST) {
            List<T> part = new ArrayList<>(all.subList(from, Math.min(all.size(), from + MOST)));
            // the power of two at or above the part's size, and never below FEWEST
            int size = Math.max(FEWEST, Integer.highestOneBit(part.size() - 1) << 1);
            while (part.size() < size) {
                part.add(part.get(part.size() - 1));
            }
            parts.add(new InList<>(List.copyOf(part)));
        }
        return parts;
    }

    /** Reads every part of the values with {@code part}, and answers all it read. */
    public static <T, R> List<R> read(Collection<T> values, Function<InList<T>, List<R>> part) {
        List<R> read = new ArrayList<>(values.size());
        of(values).forEach(each -> read.addAll(part.apply(each)));
        return read;
    }

    /** What goes between the parentheses of {@code in (…)}: {@code :in0, :in1, …}. */
    public String parameters() {
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < values.size(); i++) {
            marks.add(":in" + i);
        }
        return marks.toString();
    }

    /** Binds the values to the parameters {@link #parameters} wrote. */
    public <Q extends Query> Q bound(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter("in" + i, values.get(i));
        }
        return query;
    }
}
