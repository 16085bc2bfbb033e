package org.jifen.card;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface HouseholdCards extends Repository<HouseholdCard, Long> {

    HouseholdCard save(HouseholdCard card);

    /** The card whose token hashes to this, if it was not renewed since. */
    Optional<HouseholdCard> findByTokenSha256AndRevokedAtIsNull(String tokenSha256);

    /** The household's card in force; issuing and renewing hold the village's lock, so there is at most one. */
    Optional<HouseholdCard> findByVillageIdAndHouseholdIdAndRevokedAtIsNull(long villageId, long householdId);
}
