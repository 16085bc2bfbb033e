@NullMarked
package org.jifen.trace;

import org.jspecify.annotations.NullMarked;
