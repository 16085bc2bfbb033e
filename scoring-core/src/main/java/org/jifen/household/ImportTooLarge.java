package org.jifen.household;

import org.jifen.problem.Refusal;

/** A file beyond the import's limits (size or rows); nothing in it was stored. */
public class ImportTooLarge extends Refusal {

    public ImportTooLarge(String detail) {
        super(Kind.TOO_LARGE, detail);
    }
}
