package org.jifen.household;

import java.util.Collection;
import java.util.List;

/** Reading households for recording: a part of {@link Households} written by hand (ADR 0262). */
public interface HouseholdsRead {

    /**
     * The village's households among {@code ids}, with their tags, in one query however many, detached once read:
     * recording never changes a household, and a managed one, even read-only (ADR 0229), was walked with its tags by
     * every flush of the transaction, the automatic flush before each later query and the commit's (ADR 0264). Only
     * for a transaction that has not loaded these households otherwise. A query of fixed form, translated once
     * ({@link org.jifen.persistence.InList}).
     */
    List<Household> readWithTags(long villageId, Collection<Long> ids);
}
