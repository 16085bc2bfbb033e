package org.jifen.scoring;

import java.util.Collection;
import java.util.List;

/** The replay check's read: a part of {@link BehaviourEvents} written by hand (ADR 0262). */
public interface BehaviourEventsRead {

    /**
     * The village's events among these client ids, in one query however many: read-only, since an event is never
     * changed, so the replays a transaction reads keep no snapshot for its flushes to check (ADR 0229). A query of
     * fixed form, translated once ({@link org.jifen.persistence.InList}).
     */
    List<BehaviourEvent> readByEventIds(long villageId, Collection<String> eventIds);
}
