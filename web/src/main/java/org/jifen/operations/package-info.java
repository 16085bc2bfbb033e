/**
 * What keeps the process trustworthy for an operator: it ends itself rather than answer from a broken state (out of
 * memory, its embedded database closed by a fatal error), says so in the health endpoint, and warns at start about
 * settings that would let a crash cost data.
 */
@NullMarked
package org.jifen.operations;

import org.jspecify.annotations.NullMarked;
