@NullMarked
package org.jifen.scoring.web;

import org.jspecify.annotations.NullMarked;
