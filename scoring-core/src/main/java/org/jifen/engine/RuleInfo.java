package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/**
 * What the plan says about one rule: where it is written and its text (for the trace), and its cap.
 *
 * @param cap the most points this rule may count for one household per {@code capWindow}, in absolute value
 * @param capBy the event attribute whose every value has a cap of its own ({@code @capBy}, 「每人一次」), or null
 */
public record RuleInfo(String name, String file, int line, String source, @Nullable Integer cap, CapWindow capWindow,
        @Nullable String capBy) {

    public RuleInfo(String name, String file, int line, String source, @Nullable Integer cap, CapWindow capWindow) {
        this(name, file, line, source, cap, capWindow, null);
    }
}
