/** Evidence attached to recorded events: photos, PDFs and notes, kept with their SHA-256, never replaced. */
@NullMarked
package org.jifen.evidence;

import org.jspecify.annotations.NullMarked;
