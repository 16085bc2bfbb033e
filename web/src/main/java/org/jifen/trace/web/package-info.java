@NullMarked
package org.jifen.trace.web;

import org.jspecify.annotations.NullMarked;
