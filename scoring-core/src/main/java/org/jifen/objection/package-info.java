/**
 * Objections (异议) during the quarterly notice period: a household, through its own page or through village staff,
 * objects to one entry of a published quarter; the self-governance group upholds the objection, which corrects (冲正)
 * the entry in the open month, or dismisses it, which changes no points. Either way the outcome stays on record.
 */
@NullMarked
package org.jifen.objection;

import org.jspecify.annotations.NullMarked;
