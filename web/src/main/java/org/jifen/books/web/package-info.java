@NullMarked
package org.jifen.books.web;

import org.jspecify.annotations.NullMarked;
