@NullMarked
package org.jifen.township.web;

import org.jspecify.annotations.NullMarked;
