@NullMarked
package org.jifen.ranking.web;

import org.jspecify.annotations.NullMarked;
