@NullMarked
package org.jifen.access;

import org.jspecify.annotations.NullMarked;
