/**
 * The quarterly public notice (公示): every eligible household's finalised monthly totals and quarter total, grouped
 * by villager group (公示到组) and ranked within it, as JSON, as CSV for Excel and as a page for the notice board.
 */
@NullMarked
package org.jifen.notice;

import org.jspecify.annotations.NullMarked;
