/**
 * The rule author's fact model: the only types a village plan may import (the contract is RULES.md).
 * Rule files written against these types must keep working across releases: add, never break.
 */
@NullMarked
package org.jifen.rules;

import org.jspecify.annotations.NullMarked;
