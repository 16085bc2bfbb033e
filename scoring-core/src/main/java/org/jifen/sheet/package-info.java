/**
 * Spreadsheets as village clerks keep them: reading a CSV or a workbook's first sheet into rows of text, and the
 * few helpers the downloadable templates are written with.
 */
@NullMarked
package org.jifen.sheet;

import org.jspecify.annotations.NullMarked;
