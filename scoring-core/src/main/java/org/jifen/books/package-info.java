/**
 * The points supermarket's books (台账) for a period: the fund's money in and out, and for each item the stock at the
 * start, received, written off, redeemed, returned and left; as JSON, CSV for Excel and a page to print.
 */
@NullMarked
package org.jifen.books;

import org.jspecify.annotations.NullMarked;
