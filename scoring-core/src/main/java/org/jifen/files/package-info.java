/**
 * Uploaded photos and PDFs, checked the same way wherever they are kept (evidence on events, photos of typical cases
 * and of the supermarket's items, signed sheets), and a file as a row embeds it. Below every feature that keeps files,
 * so that keeping one does not tie a feature to the evidence of events (ADR 0185).
 */
@NullMarked
package org.jifen.files;

import org.jspecify.annotations.NullMarked;
