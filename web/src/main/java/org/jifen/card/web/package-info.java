@NullMarked
package org.jifen.card.web;

import org.jspecify.annotations.NullMarked;
