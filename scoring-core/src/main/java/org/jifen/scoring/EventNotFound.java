package org.jifen.scoring;

import org.jifen.problem.NotFound;

public class EventNotFound extends NotFound {

    public EventNotFound(String village, String eventId) {
        super("村「" + village + "」没有编号为「" + eventId + "」的事件记录");
    }
}
