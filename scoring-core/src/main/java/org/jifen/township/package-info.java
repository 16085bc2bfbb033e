/** The township's view over all its villages: coverage, filed plans, the monthly cycle's progress. */
@NullMarked
package org.jifen.township;

import org.jspecify.annotations.NullMarked;
