/**
 * The demo township: 华新镇's 19 villages with households and one month of events, so that a newcomer's first start
 * shows real-looking data. Loaded on first start with {@code jifen.demo=true}, or by {@code POST /api/demo-township}.
 * Everything goes through the same services as real data, so every demo point is traceable like a real one.
 */
@NullMarked
package org.jifen.demo;

import org.jspecify.annotations.NullMarked;
