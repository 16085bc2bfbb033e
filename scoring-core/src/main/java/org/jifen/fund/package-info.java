/**
 * The village's reward fund (奖励资金): where the money for rewards comes from (the collective's income, donations,
 * companies' donations, each with its donor) and what was bought with it, never spending more than it holds.
 */
@NullMarked
package org.jifen.fund;

import org.jspecify.annotations.NullMarked;
