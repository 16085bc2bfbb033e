/**
 * The points supermarket (积分超市): a village's reward catalogue with its stock, and households' redemptions of
 * points for goods, idempotent by the client's {@code redemptionId}, never overdrawing a household or overselling an
 * item, cancelled only by new entries, each with a receipt.
 */
@NullMarked
package org.jifen.supermarket;

import org.jspecify.annotations.NullMarked;
