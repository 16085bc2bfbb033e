package org.jifen.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Events of one type that the version governing a month before scored, and a new version gives nothing for: the
 * usual reason a household loses points under a new version (a rule removed or renamed, an event type spelt anew).
 * Said beside the totals of a simulation and of an activation that re-scores a month (ADR 0191).
 */
public record NoLongerScored(String type, int events) {

    /** From counts by event type, in the order of the map. */
    static List<NoLongerScored> of(Map<String, Integer> byType) {
        return byType.entrySet().stream().map(type -> new NoLongerScored(type.getKey(), type.getValue())).toList();
    }
}
