@NullMarked
package org.jifen.month;

import org.jspecify.annotations.NullMarked;
