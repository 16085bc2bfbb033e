package org.jifen.problem;

/** The request itself is malformed: a missing part, a value in the wrong form. */
public abstract class BadRequest extends Refusal {

    protected BadRequest(String detail) {
        super(Kind.BAD_REQUEST, detail);
    }
}
