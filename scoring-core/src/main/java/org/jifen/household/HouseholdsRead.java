package org.jifen.household;

import java.util.Collection;
import java.util.List;

/** Reading households for recording: a part of {@link Households} written by hand (ADR 0262). */
public interface HouseholdsRead {

    /**
     * The village's households among {@code ids}, with their tags, in one query however many: read-only, since
     * recording never changes a household, so they keep no snapshot and no flush checks them (ADR 0229). A query of
     * fixed form, translated once ({@link org.jifen.persistence.InList}).
     */
    List<Household> readWithTags(long villageId, Collection<Long> ids);
}
