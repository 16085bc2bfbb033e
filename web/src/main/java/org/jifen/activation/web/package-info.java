@NullMarked
package org.jifen.activation.web;

import org.jspecify.annotations.NullMarked;
