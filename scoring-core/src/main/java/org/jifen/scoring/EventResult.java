package org.jifen.scoring;

import java.util.List;
import org.jifen.rules.Awards.Kind;

/** What recording an event gave: the plan version that scored it and each award, as the rule asked. */
public record EventResult(String eventId, int ruleSetVersion, List<Line> awards) {

    public record Line(long id, String rule, String category, Kind kind, int points) {

        static Line of(Award award) {
            return new Line(award.id(), award.getRule(), award.getCategory(), award.getKind(), award.getPoints());
        }
    }

    static EventResult of(BehaviourEvent event, List<Award> awards) {
        return new EventResult(event.getEventId(), event.getRuleSetVersion(), awards.stream().map(Line::of).toList());
    }
}
