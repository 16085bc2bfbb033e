/**
 * The audit log: who did which administrative act, when, from where, in which village, on what, and whether it was
 * done or refused. Entries are only ever appended.
 */
@NullMarked
package org.jifen.audit;

import org.jspecify.annotations.NullMarked;
