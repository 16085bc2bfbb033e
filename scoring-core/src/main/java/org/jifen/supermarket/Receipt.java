package org.jifen.supermarket;

import java.time.Instant;

/** What a receipt (兑换小票) shows: the village and the redemption; printed or shown on a phone. */
public record Receipt(String village, String villageName, RedemptionView redemption, Instant printedAt) {
}
