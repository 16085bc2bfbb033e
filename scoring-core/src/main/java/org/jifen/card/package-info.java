/**
 * Households know their points (知晓到户): each household's printable card carries a QR code of a secret link to a
 * read-only page of its own months and the reasons for every entry, without an account. The link is a capability
 * token of which only the SHA-256 is kept; renewing the card revokes the old link.
 */
@NullMarked
package org.jifen.card;

import org.jspecify.annotations.NullMarked;
