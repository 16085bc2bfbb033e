package org.jifen.audit;

import java.util.Map;
import org.jifen.access.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One act to write to the audit log: who ({@code actor}) from where, in which village (if any), the act's stable
 * code and Chinese label, what it was done to, how it ended ({@code problem} is the problem type of a refusal) and
 * a few details.
 */
public record AuditedAct(Actor actor, String remoteAddress, @Nullable String villageCode, String code, String label,
        String target, AuditOutcome outcome, @Nullable String problem, Map<String, @Nullable Object> details) {
}
