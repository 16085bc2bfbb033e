@NullMarked
package org.jifen.stars.web;

import org.jspecify.annotations.NullMarked;
