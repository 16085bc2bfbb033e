@NullMarked
package org.jifen.demo.web;

import org.jspecify.annotations.NullMarked;
