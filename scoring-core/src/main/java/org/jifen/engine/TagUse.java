package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/** Where a rule asks for a household tag, so that the service can say when no household of the village has it. */
public record TagUse(String tag, String rule, String file, int line, @Nullable String cell) {
}
