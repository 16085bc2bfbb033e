/** Refusals: the service's answers to requests it will not carry out, independent of HTTP. */
@NullMarked
package org.jifen.problem;

import org.jspecify.annotations.NullMarked;
