package org.jifen.objection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jifen.problem.Conflict;

/** The notice period is over: the quarter's figures stand, and a mistake found now is corrected by staff. */
public class NoticePeriodOver extends Conflict {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Instant deadline;

    public NoticePeriodOver(long awardId, NoticePeriod period, ZoneId zone) {
        super("积分记录 " + awardId + " 所在季度的公示期已于 " + DAY.format(period.lastDay(zone)) + " 结束，不能再提出异议；"
                + "如确有错误，请向村工作人员反映，按冲正办理");
        this.deadline = period.ends();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("deadline", deadline.toString());
    }
}
