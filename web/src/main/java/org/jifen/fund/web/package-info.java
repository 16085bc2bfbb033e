@NullMarked
package org.jifen.fund.web;

import org.jspecify.annotations.NullMarked;
