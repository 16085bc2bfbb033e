/**
 * The monthly evaluation (积分评定): month-end rules over each eligible household's month, appended to the ledger so
 * that evaluating again duplicates nothing; and finalisation once the self-governance group approves.
 */
@NullMarked
package org.jifen.evaluation;

import org.jspecify.annotations.NullMarked;
