@NullMarked
package org.jifen.village.web;

import org.jspecify.annotations.NullMarked;
