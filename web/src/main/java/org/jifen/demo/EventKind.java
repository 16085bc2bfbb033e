package org.jifen.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One type of event a plan understands, and how it turns up in the demo month: how often ({@code weight}), with
 * which quantity, with which attribute values (repeated values are likelier), how many times a month (weekly
 * checks), for which households only ({@code onlyForTag}), which other kinds it excludes ({@code slot}: one cannot
 * both attend and skip the village assembly), and whether it happens on one day for the whole village (a meeting).
 */
record EventKind(String type, int weight, int minQuantity, int maxQuantity, List<Map<String, String>> attributeChoices,
        int maxTimes, @Nullable String onlyForTag, @Nullable String slot, boolean villageWide) {

    static EventKind of(String type, int weight) {
        return new EventKind(type, weight, 1, 1, List.of(), 1, null, null, false);
    }

    EventKind quantity(int min, int max) {
        return new EventKind(type, weight, min, max, attributeChoices, maxTimes, onlyForTag, slot, villageWide);
    }

    EventKind attribute(String name, String... values) {
        return new EventKind(type, weight, minQuantity, maxQuantity,
                Arrays.stream(values).map(value -> Map.of(name, value)).toList(), maxTimes, onlyForTag, slot,
                villageWide);
    }

    /** Checked every week: up to four events in the month, seven days apart. */
    EventKind weekly() {
        return new EventKind(type, weight, minQuantity, maxQuantity, attributeChoices, 4, onlyForTag, slot,
                villageWide);
    }

    EventKind onlyFor(String tag) {
        return new EventKind(type, weight, minQuantity, maxQuantity, attributeChoices, maxTimes, tag, slot,
                villageWide);
    }

    EventKind slot(String name) {
        return new EventKind(type, weight, minQuantity, maxQuantity, attributeChoices, maxTimes, onlyForTag, name,
                villageWide);
    }

    EventKind onVillageDay() {
        return new EventKind(type, weight, minQuantity, maxQuantity, attributeChoices, maxTimes, onlyForTag, slot,
                true);
    }
}
