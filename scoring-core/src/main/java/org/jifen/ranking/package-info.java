/**
 * Rankings for a period, from the finalised months' frozen totals: households within their villager group and their
 * village, villager groups within their village, villages within the township.
 */
@NullMarked
package org.jifen.ranking;

import org.jspecify.annotations.NullMarked;
