@NullMarked
package org.jifen.notice.web;

import org.jspecify.annotations.NullMarked;
