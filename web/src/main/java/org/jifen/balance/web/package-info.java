@NullMarked
package org.jifen.balance.web;

import org.jspecify.annotations.NullMarked;
