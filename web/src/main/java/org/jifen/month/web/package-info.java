@NullMarked
package org.jifen.month.web;

import org.jspecify.annotations.NullMarked;
