@NullMarked
package org.jifen.cases.web;

import org.jspecify.annotations.NullMarked;
