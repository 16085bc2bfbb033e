@NullMarked
package org.jifen.plan.web;

import org.jspecify.annotations.NullMarked;
