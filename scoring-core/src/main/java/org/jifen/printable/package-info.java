/**
 * Small printable pages for the notice board and the counter (a redemption's receipt, the supermarket's books, the
 * red list): one shared inline stylesheet, allowed by its hash, and escaping. Each feature builds its page's data
 * apart from the HTML, so the pages can move onto templates without touching the data.
 */
@NullMarked
package org.jifen.printable;

import org.jspecify.annotations.NullMarked;
