@NullMarked
package org.jifen.evidence.web;

import org.jspecify.annotations.NullMarked;
