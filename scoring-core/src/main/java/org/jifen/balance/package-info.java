/**
 * Households' balances: points become spendable when their month is finalised, are spent in the points supermarket,
 * come back when a redemption is cancelled, and may expire as the village chooses; honour points (all ever earned)
 * never do. Every movement is an entry of the village's points ledger, chained by hash with its awards.
 */
@NullMarked
package org.jifen.balance;

import org.jspecify.annotations.NullMarked;
