@NullMarked
package org.jifen.village;

import org.jspecify.annotations.NullMarked;
