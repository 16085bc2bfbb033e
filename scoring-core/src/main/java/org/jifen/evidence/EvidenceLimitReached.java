package org.jifen.evidence;

import java.util.Map;
import org.jifen.problem.Conflict;

/** The event already has as much evidence as one event may have. */
public class EvidenceLimitReached extends Conflict {

    public EvidenceLimitReached(String eventId) {
        super("事件「" + eventId + "」已有 " + EvidenceLimits.MAX_ITEMS_PER_EVENT
                + " 份证据材料，达到上限，不能再添加。证据材料不能删除或替换。");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", EvidenceLimits.MAX_ITEMS_PER_EVENT);
    }
}
