package org.jifen.household;

import org.jifen.problem.TooLarge;

/** A file beyond the import's limits (size or rows); nothing in it was stored. */
public class ImportTooLarge extends TooLarge {

    public ImportTooLarge(String detail) {
        super(detail);
    }
}
