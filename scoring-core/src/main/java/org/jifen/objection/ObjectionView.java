package org.jifen.objection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jifen.group.GroupMember;
import org.jifen.trace.AwardTrace;
import org.jspecify.annotations.Nullable;

/**
 * An objection as staff and the household see it: the entry objected to, who raised it, how, when and why; the
 * group's outcome, its reason and who decided; and, when upheld, the correcting entry.
 */
public record ObjectionView(long id, long householdId, long awardId, String quarter, String reason,
        RaisedVia raisedVia, @Nullable String raisedBy, @Nullable String recordedBy, Instant raisedAt,
        ObjectionStatus status, @Nullable String outcomeReason, List<AwardTrace.Decider> decidedBy,
        @Nullable String resolvedBy, @Nullable Instant resolvedAt, @Nullable Long correctionAwardId) {

    static ObjectionView of(Objection objection, Map<Long, GroupMember> group) {
        return new ObjectionView(objection.id(), objection.getHouseholdId(), objection.getAwardId(),
                objection.getQuarter(), objection.getReason(), objection.getRaisedVia(), objection.getRaisedBy(),
                objection.getRecordedBy(), objection.getRaisedAt(), objection.getStatus(),
                objection.getOutcomeReason(),
                objection.getDecidedBy().stream().map(group::get)
                        .map(member -> new AwardTrace.Decider(member.id(), member.getName(), member.getRole()))
                        .toList(),
                objection.getResolvedBy(), objection.getResolvedAt(), objection.getCorrectionAwardId());
    }

    /** The same, as the award's trace shows it. */
    AwardTrace.ObjectionPart tracePart() {
        return new AwardTrace.ObjectionPart(id, awardId, status.name(), reason, raisedVia.name(), raisedBy,
                recordedBy, raisedAt, outcomeReason, decidedBy, resolvedBy, resolvedAt, correctionAwardId);
    }
}
