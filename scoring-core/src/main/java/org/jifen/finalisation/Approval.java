package org.jifen.finalisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A group member's approval of a finalised month, kept with the month's village (ADR 0206). */
@Embeddable
record Approval(@Column(name = "village_id") long villageId, @Column(name = "member_id") long memberId) {
}
