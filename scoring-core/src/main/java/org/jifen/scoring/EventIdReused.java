package org.jifen.scoring;

import org.jifen.problem.Conflict;

/** The same eventId was sent again with a different body: the first recording stands. */
public class EventIdReused extends Conflict {

    public EventIdReused(String eventId) {
        super("事件编号「" + eventId + "」已用于另一条不同内容的记录，原记录保持不变；新事件请使用新的编号");
    }
}
