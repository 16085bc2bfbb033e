@NullMarked
package org.jifen.household.web;

import org.jspecify.annotations.NullMarked;
