package org.jifen.card;

import java.util.Optional;
import org.jifen.household.HouseholdService;
import org.springframework.stereotype.Component;

/**
 * What staff type or scan to open a household on a page (the record form, the supermarket's counter): the link of
 * its card's QR code, or its 户号. A card of another village is no card here.
 */
@Component
public class CardScans {

    private static final int SEARCHED_AT_MOST = 50;

    private final CardService cards;
    private final HouseholdService households;

    CardScans(CardService cards, HouseholdService households) {
        this.cards = cards;
        this.households = households;
    }

    /** The household the scanned link or typed 户号 names in the village; empty when the text is no 户号 of it. */
    public Optional<Long> household(String village, String scanned) {
        String text = scanned.strip();
        int at = text.lastIndexOf("/h/");
        if (at >= 0) {
            CardHolder holder = cards.open(text.substring(at + 3).replaceAll("[/?#].*$", ""));
            if (!holder.villageCode().equals(village)) {
                throw new CardNotFound();
            }
            return Optional.of(holder.householdId());
        }
        return households.find(village, text, null, SEARCHED_AT_MOST).stream()
                .filter(household -> household.getHouseholdNo().equalsIgnoreCase(text)).findFirst()
                .map(household -> household.id());
    }
}
