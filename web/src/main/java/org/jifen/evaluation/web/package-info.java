@NullMarked
package org.jifen.evaluation.web;

import org.jspecify.annotations.NullMarked;
