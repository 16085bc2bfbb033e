package org.jifen.card;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jifen.access.Actor;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.problem.NotFound;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, renews and opens household cards. Issuing and renewing lock the village row, so a household never has two
 * cards in force.
 */
@Service
public class CardService {

    private final Villages villages;
    private final Households households;
    private final HouseholdCards cards;
    private final Clock clock;

    CardService(Villages villages, Households households, HouseholdCards cards, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.cards = cards;
        this.clock = clock;
    }

    /**
     * The household's card in force, printed again, or its first card, made on demand. A card issued before tokens
     * were kept can only be renewed ({@link CardAlreadyIssued}).
     */
    @Transactional
    public IssuedCard issue(String villageCode, long householdId, Actor by) {
        Village village = locked(villageCode);
        return card(village, household(village, householdId), by);
    }

    /** The cards of every eligible household of a villager group, in household-number order, for one print run. */
    @Transactional
    public List<IssuedCard> issueForGroup(String villageCode, String group, Actor by) {
        Village village = locked(villageCode);
        if (!village.hasGroup(group)) {
            throw new NotFound("村民小组「" + group + "」不在本村的小组名单中：" + village.getGroups());
        }
        return households.findByVillageIdAndGroupOrderByHouseholdNoAsc(village.id(), group).stream()
                .filter(Household::isEligible).map(household -> card(village, household, by)).toList();
    }

    /** A new card; the card in force, if any, stops working at once. */
    @Transactional
    public IssuedCard renew(String villageCode, long householdId, Actor by) {
        Village village = locked(villageCode);
        Household household = household(village, householdId);
        cards.findByVillageIdAndHouseholdIdAndRevokedAtIsNull(village.id(), householdId)
                .ifPresent(card -> card.revoke(by.username(), clock.instant()));
        return issued(village, household, by);
    }

    /** The household whose card in force carries this token, or {@link CardNotFound}. */
    @Transactional(readOnly = true)
    public CardHolder open(String token) {
        if (!CardToken.wellFormed(token)) {
            throw new CardNotFound();
        }
        HouseholdCard card = cards.findByTokenSha256AndRevokedAtIsNull(new CardToken(token).sha256())
                .orElseThrow(CardNotFound::new);
        Village village = villages.findById(card.getVillageId()).orElseThrow(CardNotFound::new);
        return new CardHolder(village.id(), village.getCode(), card.getHouseholdId());
    }

    private IssuedCard card(Village village, Household household, Actor by) {
        Optional<HouseholdCard> inForce =
                cards.findByVillageIdAndHouseholdIdAndRevokedAtIsNull(village.id(), household.id());
        if (inForce.isEmpty()) {
            return issued(village, household, by);
        }
        HouseholdCard card = inForce.get();
        CardToken token = card.token();
        if (token == null) {
            throw new CardAlreadyIssued(household.id(), card.getIssuedBy(), card.getIssuedAt(), clock.getZone());
        }
        return new IssuedCard(token, village.getName(), household.getHouseholdNo(), household.getHeadName(),
                household.getGroup(), card.getIssuedBy(), card.getIssuedAt());
    }

    private IssuedCard issued(Village village, Household household, Actor by) {
        CardToken token = CardToken.random();
        HouseholdCard card = cards.save(new HouseholdCard(village.id(), household.id(), token, by.username(),
                clock.instant()));
        return new IssuedCard(token, village.getName(), household.getHouseholdNo(), household.getHeadName(),
                household.getGroup(), card.getIssuedBy(), card.getIssuedAt());
    }

    private Village locked(String villageCode) {
        return villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
    }

    private Household household(Village village, long householdId) {
        return households.findByIdAndVillageId(householdId, village.id())
                .orElseThrow(() -> new HouseholdNotFound(village.getCode(), householdId));
    }
}
