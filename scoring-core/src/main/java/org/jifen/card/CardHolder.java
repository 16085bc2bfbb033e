package org.jifen.card;

/** The household a card's link opens: all that the token says. */
public record CardHolder(long villageId, String villageCode, long householdId) {
}
