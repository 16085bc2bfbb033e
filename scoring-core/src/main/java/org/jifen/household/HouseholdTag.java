package org.jifen.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A tag of a household, kept with the household's village like every row of a village (ADR 0206). */
@Embeddable
record HouseholdTag(@Column(name = "village_id") long villageId, @Column(name = "tag") String tag) {
}
