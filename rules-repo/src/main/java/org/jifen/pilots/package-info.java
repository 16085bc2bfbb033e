/**
 * The village plans (一村一方案) of the three pilot villages (杨家庄村, 叙中村, 北新村) and the township template,
 * shipped as classpath resources under {@code plans/<code>/}.
 */
@NullMarked
package org.jifen.pilots;

import org.jspecify.annotations.NullMarked;
