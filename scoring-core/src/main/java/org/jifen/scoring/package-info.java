@NullMarked
package org.jifen.scoring;

import org.jspecify.annotations.NullMarked;
