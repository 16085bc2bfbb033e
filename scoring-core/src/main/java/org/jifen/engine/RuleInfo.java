package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/**
 * What the plan says about one rule: where it is written and its text (for the trace), and its cap.
 *
 * @param cap the most points this rule may count for one household per {@code capWindow}, in absolute value
 */
public record RuleInfo(String name, String file, int line, String source, @Nullable Integer cap, CapWindow capWindow) {
}
