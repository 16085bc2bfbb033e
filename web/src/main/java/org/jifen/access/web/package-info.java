@NullMarked
package org.jifen.access.web;

import org.jspecify.annotations.NullMarked;
