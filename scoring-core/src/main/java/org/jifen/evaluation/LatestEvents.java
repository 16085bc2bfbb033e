package org.jifen.evaluation;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * For month-end rules that read {@code MonthSummary.latest}: each household's most recent event of each asked type in
 * the month or the eleven before it, with its attributes (ADR 0124). "Every month until the next inspection" is the
 * latest inspection; the year's bound stops one the village no longer makes from paying for ever.
 */
@Component
class LatestEvents {

    /** How many months back an inspection still counts, the month itself included. */
    static final int MONTHS = 12;
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };

    private final BehaviourEvents events;
    private final JsonMapper json;

    LatestEvents(BehaviourEvents events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /** By household, by type, the attributes of the latest event; empty when the plan asks for none. */
    Map<Long, Map<String, Map<String, String>>> of(long villageId, YearMonth month, Set<String> types) {
        return of(villageId, month, types, null);
    }

    /** As above, for these households only; all of the village's when {@code households} is null. */
    Map<Long, Map<String, Map<String, String>>> of(long villageId, YearMonth month, Set<String> types,
            java.util.@org.jspecify.annotations.Nullable Collection<Long> households) {
        Map<Long, Map<String, Map<String, String>>> latest = new HashMap<>();
        if (types.isEmpty()) {
            return latest;
        }
        YearMonth from = month.minusMonths(MONTHS - 1);
        for (BehaviourEvent event : households == null ? events.latestOf(villageId, types, from, month)
                : events.latestOf(villageId, types, from, month, households)) {
            latest.computeIfAbsent(event.getHouseholdId(), household -> new HashMap<>())
                    .computeIfAbsent(event.getType(), type -> json.readValue(event.getAttributes(), ATTRIBUTES));
        }
        return latest;
    }
}
