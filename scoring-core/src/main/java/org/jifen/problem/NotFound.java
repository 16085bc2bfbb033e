package org.jifen.problem;

/** Something the caller named does not exist (or is not theirs to see, which they must not learn). */
public class NotFound extends Refusal {

    public NotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }
}
