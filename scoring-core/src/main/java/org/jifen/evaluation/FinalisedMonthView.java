package org.jifen.evaluation;

import java.time.Instant;
import java.util.List;

/** A finalised month: when, by whom, and which members of the self-governance group approved it. */
public record FinalisedMonthView(String month, Instant finalisedAt, String finalisedBy, List<Approver> approvedBy) {

    public record Approver(long id, String name, String role) {
    }
}
