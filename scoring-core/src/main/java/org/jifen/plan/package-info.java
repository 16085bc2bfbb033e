@NullMarked
package org.jifen.plan;

import org.jspecify.annotations.NullMarked;
