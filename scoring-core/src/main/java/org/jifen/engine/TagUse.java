package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/**
 * Where a rule asks for a household tag, so that the service can say when no household of the village has it;
 * {@code absent} when the rule asks for households without it (the sheet's 「不含标签」 column, 「家庭户没有标签」).
 */
public record TagUse(String tag, String rule, String file, int line, @Nullable String cell, boolean absent) {
}
