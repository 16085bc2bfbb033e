@NullMarked
package org.jifen.supermarket.web;

import org.jspecify.annotations.NullMarked;
