/** What every endpoint shares: problem responses, security, the acting user. */
@NullMarked
package org.jifen.web;

import org.jspecify.annotations.NullMarked;
