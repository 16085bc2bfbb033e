/** The group's signed sheets of finalised months, over HTTP. */
@NullMarked
package org.jifen.finalisation.web;

import org.jspecify.annotations.NullMarked;
