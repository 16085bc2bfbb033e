package org.jifen.integrity;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a kind of entry joins a chain: what its link covers, how the entry keeps the link it is given (set once, before
 * it is first saved), and how it is saved. Entries keep their linking to themselves (package-private methods), so
 * nothing else can re-link a stored entry.
 */
public record ChainRows<T>(Function<T, LinkFields> fields, BiConsumer<T, ChainLink> keep, UnaryOperator<T> save) {
}
