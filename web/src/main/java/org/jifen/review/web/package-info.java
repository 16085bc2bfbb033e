@NullMarked
package org.jifen.review.web;

import org.jspecify.annotations.NullMarked;
