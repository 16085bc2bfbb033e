package org.jifen.card;

import java.time.Instant;

/** A card just issued, with the only copy of its token there will ever be: print it now. */
public record IssuedCard(CardToken token, String villageName, String householdNo, String headName, String group,
        String issuedBy, Instant issuedAt) {
}
