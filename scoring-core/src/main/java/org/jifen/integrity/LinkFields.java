package org.jifen.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry's content as its chain link covers it: its fields in a fixed order, each a text or absent ({@code null}),
 * and the fields added after its chain began ({@link #late}), which {@link LinkFormat#V1} wrote only when present.
 * Numbers are written in decimal, instants as epoch milliseconds (what every supported database keeps of a
 * timestamp, so a re-read entry hashes the same), enums by name.
 */
public record LinkFields(List<@Nullable String> values, List<Late> late) {

    /** A field added after the chain began, by name. */
    public record Late(String name, @Nullable String value) {
    }

    public LinkFields {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        late = List.copyOf(late);
    }

    public static LinkFields of(@Nullable Object... values) {
        return new LinkFields(Arrays.stream(values).map(LinkFields::text).toList(), List.of());
    }

    /** These fields and one added after the chain began. */
    public LinkFields late(String name, @Nullable Object value) {
        List<Late> more = new ArrayList<>(late);
        more.add(new Late(name, text(value)));
        return new LinkFields(values, more);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value instanceof Instant instant) {
            return String.valueOf(instant.toEpochMilli());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value == null ? null : String.valueOf(value);
    }
}
