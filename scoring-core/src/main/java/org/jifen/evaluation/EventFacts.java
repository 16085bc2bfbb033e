package org.jifen.evaluation;

import java.util.Map;
import org.jifen.rules.Event;
import org.jifen.scoring.BehaviourEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A recorded event as the rules see it again, to score it with another plan version. */
final class EventFacts {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };

    private EventFacts() {
    }

    static Event of(BehaviourEvent event, JsonMapper json) {
        return new Event(event.getType(), String.valueOf(event.getHouseholdId()), event.getOccurredOn(),
                event.getQuantity(), json.readValue(event.getAttributes(), ATTRIBUTES));
    }
}
