package org.jifen.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the village's self-governance group who decided an objection. */
@Embeddable
record Decider(@Column(name = "village_id") long villageId, @Column(name = "member_id") long memberId) {
}
