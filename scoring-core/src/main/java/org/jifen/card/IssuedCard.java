package org.jifen.card;

import java.time.Instant;

/** A card to print: the household it is for and the token of its link. */
public record IssuedCard(CardToken token, String villageName, String householdNo, String headName, String group,
        String issuedBy, Instant issuedAt) {
}
