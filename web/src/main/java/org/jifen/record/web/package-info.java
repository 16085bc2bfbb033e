/**
 * The record pages of staff at the doorstep (记分员): a page of its own above scoring, as it brings together the card
 * scan, the evidence photo, the month's gains and the taking back of a mistake (ADR 0141).
 */
@NullMarked
package org.jifen.record.web;

import org.jspecify.annotations.NullMarked;
