@NullMarked
package org.jifen.group.web;

import org.jspecify.annotations.NullMarked;
