/**
 * Taking points back without touching the ledger: a review rejects an entry of an open month, a correction (冲正)
 * reverses an entry of a finalised month in the month that is open now. Both append a reversing entry.
 */
@NullMarked
package org.jifen.review;

import org.jspecify.annotations.NullMarked;
