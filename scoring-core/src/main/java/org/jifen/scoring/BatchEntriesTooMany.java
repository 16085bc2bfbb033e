package org.jifen.scoring;

import java.util.Map;
import org.jifen.problem.Unprocessable;

/**
 * An event of a batch whose entries would take the batch past the most one request may write (ADR 0219): one request
 * holds everything it writes until it answers, and the service's memory is shared by every village. The event was
 * not recorded; the events of the batch before it were, each on its own, as the batch's answer says.
 */
public class BatchEntriesTooMany extends Unprocessable {

    private final long entries;
    private final long adding;
    private final long atMost;

    public BatchEntriesTooMany(long entries, long adding, long atMost) {
        super("这一批事件已经记入 " + entries + " 笔积分，这件事还要记入 " + adding + " 笔，超过了一次提交最多 " + atMost
                + " 笔的上限，所以这件事没有记录，什么也没有写入；这一批里已经记录的事件不受影响。请把没有记录的事件放到下一批再提交。");
        this.entries = entries;
        this.adding = adding;
        this.atMost = atMost;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("entries", entries, "adding", adding, "atMost", atMost);
    }
}
