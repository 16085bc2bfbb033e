@NullMarked
package org.jifen.objection.web;

import org.jspecify.annotations.NullMarked;
