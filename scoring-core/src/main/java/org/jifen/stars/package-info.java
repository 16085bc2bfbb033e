/**
 * Star households (星级户): star levels a village sets from a quarter's or a year's points, a vetoed month taking a
 * star away; the red list (红榜) and the households needing help, printable for the notice board.
 */
@NullMarked
package org.jifen.stars;

import org.jspecify.annotations.NullMarked;
