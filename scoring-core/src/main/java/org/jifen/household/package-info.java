@NullMarked
package org.jifen.household;

import org.jspecify.annotations.NullMarked;
